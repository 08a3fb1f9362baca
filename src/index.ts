import { run } from './main.js';
import { githubRuntime } from './runtime.js';

void run(githubRuntime());
