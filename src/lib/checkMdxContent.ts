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

/** What MDX's parser throws (a VFileMessage): its English reason, the rule that failed, where. */
interface ParserError {
  reason?: string;
  message?: string;
  ruleId?: string | null;
  source?: string | null;
  line?: number | null;
  column?: number | null;
  place?: { offset?: number; start?: { offset?: number } } | null;
}

/** The block a tag must close in, as the parser names it, and how an editor calls it. */
const BLOCKS: Readonly<Record<string, string>> = {
  paragraph: 'son paragraphe',
  blockQuote: 'sa citation (« > »)',
  listItem: 'son élément de liste',
  emphasis: 'son italique (« * »)',
  strong: 'son gras (« ** »)',
  link: 'son lien',
  heading: 'son titre',
  tableCell: 'sa case de tableau',
};

/** Advice shared by the messages on braces: what they are in MDX, and how to write one as text. */
const BRACES = 'en MDX, les accolades entourent du code : pour écrire une accolade dans le texte, écrivez \\{';

/** Line and column (1-based) of a character of `text`. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * A French problem for an MDX parser error: the line and column where to look, what is wrong in plain words and how
 * to fix it, for the mistakes editors make (a tag left open, a comment or an address written as in HTML, a « < » or a
 * « { » in the text, curly quotes around a value…). An error the site does not know still gets its position and a
 * French advice, never the parser's English. `text` is what was parsed, to find the tag or the brace at fault.
 */
export function mdxSyntaxProblem(error: ParserError, text: string): { field: string; message: string } {
  const reason = error.reason ?? error.message ?? '';
  const offset = error.place?.start?.offset ?? error.place?.offset;
  let where = error.line ? { line: error.line, column: error.column ?? 1 } : undefined;
  const problem = (said: string) => ({
    field: where ? `ligne ${where.line}, colonne ${where.column}` : 'syntaxe',
    message: `MDX illisible : ${said}`,
  });
  /** Moves the position back to the last `char` before the error (the tag or brace left open). */
  const backTo = (char: string) => {
    const found = offset === undefined ? -1 : text.lastIndexOf(char, offset - 1);
    if (found >= 0) where = positionAt(text, found);
  };

  const unclosed = /^Expected a closing tag for `<([^`]*)>` \((\d+):(\d+)-[^)]*\)(?: before the end of `(\w+)`)?/.exec(
    reason,
  );
  if (unclosed) {
    const [, name, line, column, block] = unclosed;
    where = { line: Number(line), column: Number(column) };
    const end = block ? (BLOCKS[block] ?? 'son bloc') : 'la page';
    return problem(
      `la balise <${name}> n’est pas fermée avant la fin de ${end} → ajoutez </${name}> à la fin de son texte, sans ligne vide entre les deux, ou écrivez <${name} … /> si elle n’entoure aucun texte`,
    );
  }
  const mismatch =
    /^Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>` \((\d+):(\d+)/.exec(
      reason,
    );
  if (mismatch) {
    const [, closing, opening, line, column] = mismatch;
    return problem(
      `la fermeture </${closing}> ne correspond pas à la balise <${opening}> ouverte ligne ${line}, colonne ${column} → fermez-la par </${opening}> (mêmes lettres, mêmes majuscules)`,
    );
  }
  const crossing = /^Expected the closing tag `<\/?([^`]*)>` either after the end of `(\w+)`/.exec(reason);
  if (crossing) {
    const [, name, block] = crossing;
    return problem(
      `la fermeture </${name}> coupe ${(BLOCKS[block ?? ''] ?? 'son bloc').replace(/^son /, 'un ').replace(/^sa /, 'une ')} commencé après <${name}> → fermez-le avant </${name}>, ou ouvrez-le avant <${name}>`,
    );
  }
  if (error.ruleId === 'unexpected-closing-slash') {
    if (offset !== undefined) where = positionAt(text, Math.max(0, offset - 1));
    const name = offset === undefined ? '' : (/^<\/\s*([^\s>/]*)/.exec(text.slice(offset - 1))?.[1] ?? '');
    return problem(
      name
        ? `la fermeture </${name}> ne ferme aucune balise ouverte → retirez-la, ou ouvrez <${name}> avant elle`
        : 'une fermeture « </…> » ne ferme aucune balise ouverte → retirez-la',
    );
  }
  if (error.ruleId === 'unexpected-attribute') {
    return problem('une fermeture </…> ne prend pas d’attribut → écrivez-les dans la balise qui ouvre');
  }
  if (error.ruleId === 'unexpected-self-closing-slash') {
    return problem('une fermeture s’écrit </Nom>, sans « / » à la fin → retirez ce « / »');
  }
  if (error.source === 'micromark-extension-mdx-jsx' && error.ruleId === 'unexpected-character') {
    const [, char = '', at = ''] = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) (.+?), expected/.exec(reason) ?? [];
    if (at === 'before name' && char === '!') {
      return problem('« <!-- … --> » n’est pas un commentaire en MDX → écrivez {/* votre note */}');
    }
    if (reason.includes('to create a link in MDX')) {
      return problem('une adresse entre « < » et « > » n’est pas un lien en MDX → écrivez [texte du lien](https://…)');
    }
    if (at === 'before name') {
      return problem(
        `le signe « < » ouvre une balise en MDX, et « ${char} » ne peut pas le suivre → pour écrire le signe « < » lui-même, écrivez \\<`,
      );
    }
    if (at === 'before attribute value') {
      const name = offset === undefined ? '' : (/([\w$-]+)\s*=\s*$/.exec(text.slice(0, offset))?.[1] ?? 'nom');
      return problem(
        /[“”«»‘’„]/.test(char)
          ? `la valeur d’un attribut s’écrit entre guillemets droits, pas « ${char} » → écrivez ${name}="…"`
          : `la valeur d’un attribut s’écrit entre guillemets droits → écrivez ${name}="…"`,
      );
    }
    if (at === 'after self-closing slash') {
      return problem('une balise qui se ferme elle-même finit par « /> » → écrivez « /> » sans rien entre les deux');
    }
    return problem(
      `caractère « ${char} » inattendu dans une balise → écrivez-la <Nom attribut="valeur">…</Nom> ou <Nom attribut="valeur" />, chaque attribut séparé par une espace ; pour écrire le signe « < » lui-même, écrivez \\<`,
    );
  }
  if (error.source === 'micromark-extension-mdx-jsx' && error.ruleId === 'unexpected-eof') {
    // An open quote runs to the end of the page: the position is the quote's; else the tag's.
    const quote = /in attribute value, expected a corresponding closing quote `(.)`/.exec(reason)?.[1];
    backTo(quote ?? '<');
    return problem(
      quote
        ? `ce guillemet n’est jamais fermé → fermez la valeur de l’attribut par le même guillemet (${quote})`
        : 'cette balise n’est jamais finie → fermez-la par « > », ou par « /> » si elle n’entoure aucun texte',
    );
  }
  if (error.source === 'micromark-extension-mdx-expression' && error.ruleId === 'unexpected-eof') {
    backTo('{');
    return problem(`l’accolade « { » n’est pas fermée → ${BRACES}`);
  }
  if (error.source === 'micromark-extension-mdx-expression' && error.ruleId === 'acorn') {
    backTo('{');
    return problem(`le texte entre accolades n’est pas du code → ${BRACES}`);
  }
  if (error.source === 'micromark-extension-mdxjs-esm') {
    if (where) where = { line: where.line, column: 1 };
    return problem(
      'un paragraphe qui commence par « import » ou « export » est lu comme du code → commencez-le par un autre mot',
    );
  }
  if (error.ruleId === 'unexpected-lazy') {
    return problem(
      'une balise ou une accolade ouverte dans une citation (« > ») ou une liste continue sur une ligne qui n’en fait pas partie → fermez-la sur la même ligne, ou commencez chaque ligne de la citation par « > »',
    );
  }
  return problem(
    'la syntaxe n’est pas reconnue à cet endroit → vérifiez les balises <…>, les accolades { } et les guillemets de cette ligne, ou écrivez la page en Markdown (.md)',
  );
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
  const text = withoutFrontmatter(source);
  try {
    tree = mdxParser.parse(text) as MdxNode;
  } catch (error) {
    const parsed = typeof error === 'object' && error !== null ? (error as ParserError) : { reason: String(error) };
    return [{ file, ...mdxSyntaxProblem(parsed, text) }];
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
