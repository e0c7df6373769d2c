import { relative } from 'node:path';
import { site } from '../site.config.ts';

/** Where the content's repository lives on its forge. */
export interface Repository {
  url: string;
  branch: string;
}

/** Path of a content file relative to the repository root, as the forge shows it. */
export function repositoryPath(filePath: string, root: string = process.cwd()): string {
  return relative(root, filePath).split('\\').join('/');
}

/** "Modifier cette page": the forge's web editor for that file. */
export function editUrl(filePath: string, repository: Repository = site.repository): string {
  return `${repository.url}/edit/${repository.branch}/${repositoryPath(filePath)}`;
}

/** A file of the repository as the forge shows it, by its path from the root (`CONTRIBUTING.md`). */
export function repositoryFileUrl(path: string, repository: Repository = site.repository): string {
  return `${repository.url}/blob/${repository.branch}/${path}`;
}

/** "Historique": the list of changes to that file. */
export function historyUrl(filePath: string, repository: Repository = site.repository): string {
  return `${repository.url}/commits/${repository.branch}/${repositoryPath(filePath)}`;
}
