// npm run new-partner -- --help lists the options.
import { projectConfig } from './project-config.ts';
import { newPartner } from '../src/intake/new-partner.ts';
import { APPLICATION_REPOSITORY } from './application-form-settings.ts';

process.exitCode = await newPartner(process.argv.slice(2), {
  config: projectConfig(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  // npm runs scripts from the project root; INIT_CWD is where the maintainer typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  projectRoot: process.cwd(),
  env: process.env,
  issueRepo: APPLICATION_REPOSITORY,
});
