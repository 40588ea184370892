import { Global, Module } from '@nestjs/common';
import { CommandRunner } from './command-runner';

/** The one CommandRunner every capability's handlers run their commands through. */
@Global()
@Module({ providers: [CommandRunner], exports: [CommandRunner] })
export class CommandsModule {}
