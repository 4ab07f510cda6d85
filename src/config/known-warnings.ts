/**
 * Build warnings that are known to be harmless, each silenced by its exact
 * code and text, with the reason. Anything else still prints.
 */
import type { AstroIntegration } from 'astro';

interface BundlerLog {
  code?: string;
  message: string;
}

/**
 * Astro's MDX pipeline marks each post module with the directive
 * "use astro:head-inject", which Astro itself reads before bundling; Rolldown
 * then warns once per post that it may not keep it. Nothing needs it after
 * that point (withastro/astro#18087, a fix verified upstream). One warning per
 * post hid everything else in the log.
 */
export function isHarmlessBundlerWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

export function knownWarningsIntegration(): AstroIntegration {
  return {
    name: 'site:known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BundlerLog, warn: (log: BundlerLog) => void) {
                  if (!isHarmlessBundlerWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
