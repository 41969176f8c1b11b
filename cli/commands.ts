// The list of command modules; each exports a `register(program)` that adds its commands.
import type { Command } from 'commander';
import { registerModelCommands } from '../model/cli';
import { registerServiceCommands } from '../services/cli';

export type Register = (program: Command) => void;

export const COMMANDS: Register[] = [registerModelCommands, registerServiceCommands];
