import * as core from '@actions/core';
import type { ActionCore } from './runtime.js';

/** The real `core` port over `@actions/core`: built only in an action's entry file. */
export function actionsCore(): ActionCore {
  return {
    getInput: (name) =>
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
        ? undefined
        : core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setFailed: (message) => core.setFailed(message),
    writeSummary: async (markdown) => {
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary.addRaw(markdown, true).write();
    },
  };
}
