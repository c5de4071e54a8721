// Usage: npm run new-partner -- --issue N [--repo owner/name] [--services a,b] [--regions x,y]
//    or: npm run new-partner -- --from-issue FILE [--logo PATH | --logo-url URL] [...]
//    or: npm run new-partner   (asks in the terminal; answers may be piped)
// Exit 0 written and valid, 1 refused or invalid, 2 wrong usage. --help lists the options.
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
