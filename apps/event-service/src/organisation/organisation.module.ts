import { Module } from '@nestjs/common';
import { DepartmentsController } from './departments.controller';
import { OrgGraphController } from './org-graph.controller';
import { StructureController } from './structure.controller';

@Module({ controllers: [OrgGraphController, StructureController, DepartmentsController] })
export class OrganisationModule {}
