import { describe, expect, it } from 'vitest';
import { handWrittenPart } from '../../bench/lib/formatResults.ts';

describe('handWrittenPart (what a new run of the bench keeps of results.md)', () => {
  it('keeps everything from the first section written by hand', () => {
    const markdown =
      '# Benchmark results\n\n## Build\n\n| a |\n\n## Before and after (written by hand)\n\nx\n\n## Other\n\ny\n';
    expect(handWrittenPart(markdown)).toBe('## Before and after (written by hand)\n\nx\n\n## Other\n\ny\n');
  });

  it('keeps nothing when every section is generated', () => {
    expect(handWrittenPart('# Benchmark results\n\n## Build\n\nwritten by hand is not a heading\n')).toBe('');
  });
});
