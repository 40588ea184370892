import { Module } from '@nestjs/common';
import { ColleagueDirectoryController } from './colleague-directory.controller';
import { PeopleController } from './people.controller';
import { RegisterPeopleBatchHandler } from './register-people-batch.handler';
import { RegisterPersonHandler } from './register-person.handler';
import { UpdateProfileHandler } from './update-profile.handler';
import { ErasePersonHandler } from './erase-person.handler';

@Module({
  // The directory first: its fixed path must win over `/v1/people/{id}`.
  controllers: [ColleagueDirectoryController, PeopleController],
  providers: [RegisterPersonHandler, RegisterPeopleBatchHandler, UpdateProfileHandler, ErasePersonHandler],
  exports: [RegisterPersonHandler],
})
export class PeopleModule {}
