import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The repository's GitHub workflows, parsed as GitHub reads them (YAML). */
const workflows = readdirSync('.github/workflows')
  .filter((name) => name.endsWith('.yml'))
  .map((name) => {
    const text = readFileSync(`.github/workflows/${name}`, 'utf8');
    return { name, text, data: parse(text) as Record<string, unknown> };
  });

interface Step {
  name?: string;
  run?: string;
  if?: string;
}

describe('les workflows GitHub', () => {
  it.each(workflows.map(({ name }) => name))(
    '%s se lit comme du YAML, avec un nom, des déclencheurs et des tâches',
    (name) => {
      const { data } = workflows.find((workflow) => workflow.name === name)!;
      expect(typeof data['name']).toBe('string');
      expect(data['on']).toBeTypeOf('object');
      expect(Object.keys(data['jobs'] as object).length).toBeGreaterThan(0);
    },
  );

  // A link check older than a year says so on its card (SiteCheckDate.astro), but only in a build made after that.
  it('la publication se refait chaque mois, après la vérification des liens, même sans changement', () => {
    const on = (name: string) =>
      workflows.find((workflow) => workflow.name === name)!.data['on'] as { schedule?: { cron: string }[] };
    const [deploy] = on('deploy.yml').schedule ?? [];
    const [links] = on('liens.yml').schedule ?? [];
    expect(deploy?.cron, 'deploy.yml n’a pas de schedule mensuel').toMatch(/^0 \d+ 1 \* \*$/);
    const hour = (cron: string) => Number(cron.split(' ')[1]);
    expect(hour(deploy!.cron)).toBeGreaterThan(hour(links!.cron));
  });

  describe('la vérification mensuelle des liens et des fiches à revoir', () => {
    const workflow = workflows.find(({ name }) => name === 'liens.yml')!;
    const job = Object.values(workflow.data['jobs'] as Record<string, { steps: Step[] }>)[0]!;
    const runs = job.steps.map((step) => step.run ?? '').join('\n');

    it('tourne chaque mois, et à la demande', () => {
      const on = workflow.data['on'] as { schedule: { cron: string }[]; workflow_dispatch: unknown };
      expect(on.schedule.map((entry) => entry.cron)).toEqual(['0 6 1 * *']);
      expect('workflow_dispatch' in on).toBe(true);
    });

    it('n’a besoin d’aucun secret : le jeton lit le code et écrit des issues, rien d’autre', () => {
      expect(workflow.data['permissions']).toEqual({ contents: 'read', issues: 'write' });
      expect(workflow.text).not.toMatch(/secrets\./);
    });

    it('lance check:links et check:freshness, et publie le rapport dans une seule issue', () => {
      expect(runs).toContain('npm run check:links');
      expect(runs).toContain('check:freshness');
      expect(runs).toContain('gh issue comment');
      expect(runs).toContain('gh issue create');
      expect(runs).toContain('cat rapports/liens.md');
    });
  });
});
