import { Module } from '@nestjs/common';
import { CommandRunner } from '../commands/command-runner';
import { PeopleController } from './people.controller';
import { RegisterPeopleBatchHandler } from './register-people-batch.handler';
import { RegisterPersonHandler } from './register-person.handler';
import { UpdateProfileHandler } from './update-profile.handler';
import { ErasePersonHandler } from './erase-person.handler';

@Module({
  controllers: [PeopleController],
  providers: [CommandRunner, RegisterPersonHandler, RegisterPeopleBatchHandler, UpdateProfileHandler, ErasePersonHandler],
  exports: [RegisterPersonHandler],
})
export class PeopleModule {}
