import { Global, Module } from '@nestjs/common';
import { CommandRunner } from './command-runner';
import { PeopleToName } from './people-to-name';

/** The one CommandRunner every capability's handlers run their commands through, and the one PeopleToName they ask about people. */
@Global()
@Module({ providers: [CommandRunner, PeopleToName], exports: [CommandRunner, PeopleToName] })
export class CommandsModule {}
