import { Module } from '@nestjs/common';
import { OrgGraphController } from './org-graph.controller';

@Module({ controllers: [OrgGraphController] })
export class OrganisationModule {}
