import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, win32 } from 'node:path';

/** A mapping file is a few kilobytes; a bigger one is a mistake, or a way to exhaust memory. */
export const MAX_WORKSPACE_FILE_BYTES = 1024 * 1024;

/** A path the action refuses to read; its message says why, after the path. */
export class WorkspaceFileError extends Error {}

/** Absolute on the runner's system or on Windows: either way, not the workspace's to resolve. */
export const isAbsoluteAnywhere = (path: string) => isAbsolute(path) || win32.isAbsolute(path);

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsoluteAnywhere(rel);
};

function readBounded(fd: number, max: number): Buffer {
  const buffer = Buffer.alloc(max + 1);
  let length = 0;
  for (let n = -1; n !== 0 && length <= max; length += n)
    n = readSync(fd, buffer, length, buffer.length - length, length);
  return buffer.subarray(0, length);
}

/**
 * A regular file of the workspace, by a path relative to it, symbolic links resolved before the
 * check: the mapping input must not read the runner's other files or a device.
 */
export function readWorkspaceFile(workspace: string, path: string): string {
  if (isAbsoluteAnywhere(path)) throw new WorkspaceFileError('is an absolute path');
  const outside = new WorkspaceFileError('is outside the workspace');
  const root = realpathSync(workspace);
  if (!inside(root, resolve(root, path))) throw outside;
  const real = realpathSync(resolve(root, path));
  if (!inside(root, real)) throw outside;
  const tooBig = (size: number) =>
    new WorkspaceFileError(
      `is ${size} bytes, more than the ${MAX_WORKSPACE_FILE_BYTES / 1024 / 1024} MiB this action reads`,
    );
  const stat = statSync(real);
  if (!stat.isFile()) throw new WorkspaceFileError('is not a regular file');
  if (stat.size > MAX_WORKSPACE_FILE_BYTES) throw tooBig(stat.size);
  const fd = openSync(real, 'r');
  try {
    // The file read is the one checked, and a file that grew since is still read only so far.
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new WorkspaceFileError('is not a regular file');
    if (opened.size > MAX_WORKSPACE_FILE_BYTES) throw tooBig(opened.size);
    const bytes = readBounded(fd, MAX_WORKSPACE_FILE_BYTES);
    if (bytes.length > MAX_WORKSPACE_FILE_BYTES) throw new WorkspaceFileError('grew past 1 MiB');
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
