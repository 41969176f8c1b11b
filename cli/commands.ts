// The list of command modules; each exports a `register(program)` that adds its commands.
import type { Command } from 'commander';
import { registerModelCommands } from '../model/cli';
import { registerDetectCommands } from '../detect/cli';
import { registerServiceCommands } from '../services/cli';
import { registerIngestCommands } from '../ingest/cli';
import { registerJobCommands } from '../jobs/cli';
import { registerApiCommands } from '../api/cli';
import { registerWorldCommands } from '../world/cli';
import { registerDemoCommand } from './demo';

export type Register = (program: Command) => void;

export const COMMANDS: Register[] = [
  registerModelCommands,
  registerServiceCommands,
  registerIngestCommands,
  registerJobCommands,
  registerDetectCommands,
  registerApiCommands,
  registerWorldCommands,
  registerDemoCommand,
];
