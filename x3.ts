import { parseContent } from './src/lib/readContentFile.ts';
console.log(parseContent('a: 2026-11-28\nb: yes\nc: "x"\nd: 1.5\n', 'yaml'));
console.log(parseContent('x: 1\na: b: c\n', 'yaml'));
console.log(parseContent('a: 1\na: 2\n', 'yaml'));
console.log(parseContent('\uFEFF---\ntitre: x\nb: 1\nb: 2\n---\nHello', 'md'));
console.log(parseContent('a: 1\n\tb: x\n', 'yaml'));
console.log(parseContent('a: "x\n', 'yaml'));
console.log(parseContent('titre: Point d\'étape : bilan\n', 'yaml'));
