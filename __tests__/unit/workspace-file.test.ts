import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WORKSPACE_FILE_BYTES, readWorkspaceFile } from '../../src/dataflow/workspace.js';

describe('readWorkspaceFile', () => {
  let root: string;
  let workspace: string;
  let outside: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'workspace-file-'));
    workspace = join(root, 'workspace');
    outside = join(root, 'outside');
    mkdirSync(join(workspace, 'config'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(workspace, 'config', 'mapping.json'), '[]');
    writeFileSync(join(outside, 'secret.json'), '{"secret":true}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads a file of the workspace, by a path relative to it', () => {
    expect(readWorkspaceFile(workspace, 'config/mapping.json')).toBe('[]');
    expect(readWorkspaceFile(workspace, './config/../config/mapping.json')).toBe('[]');
  });

  it.each([
    ['../outside/secret.json', 'is outside the workspace'],
    ['config/../../outside/secret.json', 'is outside the workspace'],
    ['config', 'is not a regular file'],
  ])('refuses %j: it %s', (path, reason) => {
    expect(() => readWorkspaceFile(workspace, path)).toThrow(reason);
  });

  it('refuses an absolute path, even one inside the workspace', () => {
    expect(() => readWorkspaceFile(workspace, join(workspace, 'config/mapping.json'))).toThrow(
      'is an absolute path',
    );
  });

  it('refuses a symbolic link that leads out of the workspace, or to a device', () => {
    symlinkSync(join(outside, 'secret.json'), join(workspace, 'link.json'));
    symlinkSync(outside, join(workspace, 'linked-dir'));
    expect(() => readWorkspaceFile(workspace, 'link.json')).toThrow('is outside the workspace');
    expect(() => readWorkspaceFile(workspace, 'linked-dir/secret.json')).toThrow(
      'is outside the workspace',
    );
    symlinkSync('/dev/zero', join(workspace, 'zero.json'));
    expect(() => readWorkspaceFile(workspace, 'zero.json')).toThrow('is outside the workspace');
  });

  it('follows a symbolic link that stays in the workspace', () => {
    symlinkSync('config/mapping.json', join(workspace, 'link.json'));
    expect(readWorkspaceFile(workspace, 'link.json')).toBe('[]');
  });

  it('refuses a file larger than 1 MiB before reading it, saying its size', () => {
    expect(MAX_WORKSPACE_FILE_BYTES).toBe(1024 * 1024);
    writeFileSync(join(workspace, 'big.json'), Buffer.alloc(MAX_WORKSPACE_FILE_BYTES + 1, 32));
    writeFileSync(join(workspace, 'edge.json'), Buffer.alloc(MAX_WORKSPACE_FILE_BYTES, 32));
    expect(() => readWorkspaceFile(workspace, 'big.json')).toThrow(
      'is 1048577 bytes, more than the 1 MiB this action reads',
    );
    expect(readWorkspaceFile(workspace, 'edge.json')).toHaveLength(MAX_WORKSPACE_FILE_BYTES);
  });

  it('lets a missing file fail with its code', () => {
    expect(() => readWorkspaceFile(workspace, 'missing.json')).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
  });
});
