import { Module } from '@nestjs/common';
import { OrgGraphController } from './org-graph.controller';
import { StructureController } from './structure.controller';

@Module({ controllers: [OrgGraphController, StructureController] })
export class OrganisationModule {}
