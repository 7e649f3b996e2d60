import { heavyTasks } from './heavy-tasks';
import { serveTasks } from './serve-tasks';

/** The background worker's entry point: built into out/electron/heavy-work.cjs beside main.cjs. */
serveTasks(heavyTasks);
