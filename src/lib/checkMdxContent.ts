import { dirname, relative, resolve, sep } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './contentProblem.ts';

/**
 * MDX is code: an `import` or a `{expression}` runs when the site is built. A content file
 * may only use the site's content components (src/components/content/) with literal props,
 * so that a contributed file cannot run anything in CI or in readers' browsers.
 */
export interface MdxPolicy {
  /** Folder of the content components: the only place an MDX content file may import from. */
  componentsDir: string;
  /** Names of the content components (PascalCase): src/pages/[page].astro provides them, no import needed. */
  componentNames: readonly string[];
  /**
   * Props that take one of a few words, by component then prop (`{ RepositoryLink: { vers: ['guide', …] } }`): such
   * a prop must be written, with one of its words, or the component could only fail while the page renders, without
   * naming the file.
   */
  componentWords?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /**
   * Props that take a text which must be written, by component then prop, with what the text is
   * (`{ Notice: { titre: 'le titre court de l’encadré' } }`): without it the page would show an empty title.
   */
  componentTexts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** HTML elements that would load or run something: never written in content. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form']);

interface Position {
  start?: { line?: number };
}
interface EstreeNode {
  type: string;
  [key: string]: unknown;
}
interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  position?: Position;
  attributes?: MdxNode[];
  children?: MdxNode[];
  data?: { estree?: { body: EstreeNode[] } };
}

/** True for a prop value an editor can write without running code: strings, numbers, booleans, lists of them. */
function isLiteral(node: EstreeNode): boolean {
  switch (node.type) {
    case 'Literal':
      return !('regex' in node);
    case 'TemplateLiteral':
      return (node['expressions'] as unknown[]).length === 0;
    case 'UnaryExpression':
      return node['operator'] === '-' && isLiteral(node['argument'] as EstreeNode);
    case 'ArrayExpression':
      return (node['elements'] as (EstreeNode | null)[]).every((element) => element !== null && isLiteral(element));
    case 'ObjectExpression':
      return (node['properties'] as EstreeNode[]).every(
        (property) =>
          property.type === 'Property' &&
          !property['computed'] &&
          property['kind'] === 'init' &&
          isLiteral(property['value'] as EstreeNode),
      );
    default:
      return false;
  }
}

/** The string a literal prop value in braces holds (`vers={"guide"}`), if it is one. */
function literalString(value: MdxNode): string | undefined {
  const expression = (value.data?.estree?.body[0] as { expression?: EstreeNode } | undefined)?.expression;
  return expression?.type === 'Literal' && typeof expression['value'] === 'string' ? expression['value'] : undefined;
}

/**
 * MDX's own parser (what @mdx-js/mdx's processor runs first: remark-parse with remark-mdx) without its compiler,
 * which the check never uses and which cost about 30 ms to load at every build.
 */
const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** Replaces the YAML front matter by blank lines: MDX would read it as text, line numbers stay true. */
function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? source.replace(match[0], match[0].replace(/[^\n]/g, '')) : source;
}

/** Problems of one MDX content file against the policy; `file` is the path shown to the editor. */
export function checkMdxContent(
  source: string,
  filePath: string,
  policy: MdxPolicy,
  file = filePath,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (node: MdxNode, message: string) =>
    problems.push({ file, field: `ligne ${node.position?.start?.line ?? '?'}`, message });
  let tree: MdxNode;
  try {
    tree = mdxParser.parse(withoutFrontmatter(source)) as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        file,
        field: 'syntaxe',
        message: `MDX illisible (${message}) → corrigez la syntaxe ou écrivez du Markdown (.md)`,
      },
    ];
  }
  const imported = new Set<string>();
  const components = resolve(policy.componentsDir) + sep;

  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm') {
      for (const statement of node.data?.estree?.body ?? []) {
        const source = (statement['source'] as { value?: unknown } | undefined)?.value;
        const target = typeof source === 'string' && source.startsWith('.') ? resolve(dirname(filePath), source) : '';
        if (statement.type !== 'ImportDeclaration') {
          report(node, `seules des importations sont permises, pas « ${statement.type} » → retirez ce code`);
        } else if (!target.startsWith(components) || !target.endsWith('.astro')) {
          report(
            node,
            `importation de « ${String(source)} » interdite : un fichier de contenu n’importe que les composants de ${relative(process.cwd(), components)} → retirez cette ligne`,
          );
        } else {
          for (const specifier of statement['specifiers'] as { local: { name: string } }[]) {
            imported.add(specifier.local.name);
          }
        }
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // `{/* a comment */}` is the only expression allowed: it runs nothing.
      if ((node.data?.estree?.body.length ?? 0) > 0) {
        report(node, `expression JavaScript « {${String(node.value)}} » interdite → écrivez le texte tel quel`);
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkElement(node);
    }
    node.children?.forEach(visit);
  };

  /** A prop that takes one of a few words: missing, or another word, says which words it takes. */
  const checkWords = (node: MdxNode, name: string) => {
    for (const [prop, words] of Object.entries(policy.componentWords?.[name] ?? {})) {
      const attribute = node.attributes?.find((candidate) => candidate.name === prop);
      const value = attribute?.value as MdxNode | string | null | undefined;
      const literal = typeof value === 'object' && value !== null ? literalString(value) : value;
      const written = typeof value === 'object' && value !== null ? `{${String(value.value)}}` : value;
      if (typeof literal === 'string' && words.includes(literal)) continue;
      const fix = `→ écrivez ${words.map((word) => `${prop}="${word}"`).join(' ou ')}`;
      problems.push({
        file,
        field: `ligne ${node.position?.start?.line ?? '?'}, ${prop}`,
        // A bare `vers`, with no value (null), is a destination forgotten: no empty « » in the message.
        message:
          attribute && value !== null
            ? `<${name}> : « ${written ?? ''} » n’est pas une valeur connue de « ${prop} » ${fix}`
            : `<${name}> sans « ${prop} » ${fix}`,
      });
    }
  };

  /** A prop that takes a text: missing, empty or blank says what to write. */
  const checkTexts = (node: MdxNode, name: string) => {
    for (const [prop, what] of Object.entries(policy.componentTexts?.[name] ?? {})) {
      const value = node.attributes?.find((candidate) => candidate.name === prop)?.value as MdxNode | string | null;
      const literal = typeof value === 'object' && value !== null ? literalString(value) : value;
      // A value in braces that is not a string is reported as not literal, or kept as the editor wrote it.
      if (typeof value === 'object' && value !== null && literal === undefined) continue;
      if (typeof literal === 'string' && literal.trim() !== '') continue;
      problems.push({
        file,
        field: `ligne ${node.position?.start?.line ?? '?'}, ${prop}`,
        message: `<${name}> sans « ${prop} » → écrivez ${prop}="…", ${what}`,
      });
    }
  };

  const checkElement = (node: MdxNode) => {
    const name = node.name ?? '';
    checkWords(node, name);
    checkTexts(node, name);
    const isComponent = /^[A-Z]/.test(name);
    if (isComponent && !policy.componentNames.includes(name) && !imported.has(name)) {
      report(node, `composant <${name}> inconnu → utilisez l’un de : ${policy.componentNames.join(', ')}`);
    } else if (!isComponent && (!/^[a-z][a-z0-9]*$/.test(name) || FORBIDDEN_ELEMENTS.has(name))) {
      report(node, `élément <${name}> interdit dans le contenu → retirez-le`);
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(
          node,
          `attributs calculés « {${String(attribute.value)}} » interdits dans <${name}> → écrivez chaque attribut`,
        );
        continue;
      }
      const attributeName = attribute.name ?? '';
      if (/^on/i.test(attributeName)) {
        report(node, `attribut « ${attributeName} » interdit dans <${name}> : le contenu ne lance pas de script`);
      }
      const value = attribute.value as MdxNode | string | null;
      if (value && typeof value === 'object') {
        const expression = value.data?.estree?.body[0] as { expression?: EstreeNode } | undefined;
        if (!expression?.expression || !isLiteral(expression.expression)) {
          report(
            node,
            `valeur « {${String(value.value)}} » de l’attribut « ${attributeName} » de <${name}> : seules les valeurs littérales sont permises`,
          );
        }
      }
    }
  };

  visit(tree);
  return problems;
}
