/**
 * How a command's output is highlighted depends on the command: `cat` of an
 * XML file prints XML, `cat ifcfg-br0` prints key=value config, `ovs-vsctl
 * show` its own tree, `netstat -r` a table, `ps` process lines whose command
 * line is shell. Everything else is plain output (addresses, MACs and
 * interfaces still stand out everywhere).
 */

export type OutputDialect = { kind: 'grammar'; lang: string } | { kind: 'table' } | { kind: 'process' } | { kind: 'plain' };

/** The words of the first command of a pipeline, without sudo/env prefixes. */
function firstCommandWords(command: string): string[] {
  const first = command.split(/\s*(?:\|\|?|&&|;)\s*/)[0] ?? '';
  const words = first.trim().split(/\s+/).filter(Boolean);
  while (words[0] === 'sudo' || words[0] === 'env' || /^\w+=/.test(words[0] ?? '')) words.shift();
  return words;
}

const FILE_LANGUAGES: Array<[RegExp, string]> = [
  [/\.xml$/i, 'xml'],
  [/(^|\/)ifcfg-[\w.:-]+$|\.(ini|conf|cfg)$|(^|\/)(network|sysconfig\/[\w-]+)$/i, 'ini'],
  [/\.ya?ml$/i, 'yaml'],
  [/\.json$/i, 'json'],
  [/\.(sh|bash)$/i, 'shellscript'],
];

export function outputDialect(command: string): OutputDialect {
  const words = firstCommandWords(command);
  const [name = '', ...args] = words;
  const operands = args.filter((a) => !a.startsWith('-'));

  if (['cat', 'less', 'more', 'head', 'tail'].includes(name) && operands.length > 0) {
    const file = operands.at(-1)!;
    const language = FILE_LANGUAGES.find(([pattern]) => pattern.test(file))?.[1];
    if (language) return { kind: 'grammar', lang: language };
  }
  if (name === 'virsh' && /^(dumpxml|net-dumpxml|pool-dumpxml)$/.test(operands[0] ?? '')) return { kind: 'grammar', lang: 'xml' };
  if (name === 'virsh' && /list$/.test(operands[0] ?? '')) return { kind: 'table' };
  if (name === 'ovs-vsctl' && operands[0] === 'show') return { kind: 'grammar', lang: 'ovs-vsctl' };
  if (name === 'ifconfig') return { kind: 'grammar', lang: 'ifconfig' };
  if (['netstat', 'route', 'arp', 'df', 'lsblk'].includes(name) || (name === 'brctl' && operands[0] === 'show')) return { kind: 'table' };
  if (name === 'ps') return { kind: 'process' };
  return { kind: 'plain' };
}

/** Leading lines of a table that are its title and column headings (up to two, or through a `----` rule). */
export function tableHeadingLines(lines: string[]): number {
  let count = 0;
  for (const line of lines) {
    if (/^\s*-{3,}\s*$/.test(line)) return count + 1;
    if (/\d/.test(line) || count === 2 || line.trim() === '') return count;
    count++;
  }
  return count;
}

/**
 * In `ps -ef` output the command line of a process is one line that terminals
 * (and copy-pasted listings) wrap. Returns, per line, the column where the
 * command line starts, or 0 for a wrapped continuation of the previous one.
 */
export function processCommandColumns(lines: string[]): Array<number | undefined> {
  const PROCESS = /^(\S+\s+\d+\s+\d+\s+\d+\s+\S+\s+\S+\s+[\d:-]+\s+)/;
  let inProcess = false;
  return lines.map((line) => {
    const match = PROCESS.exec(line);
    if (match) {
      inProcess = true;
      return match[1]!.length;
    }
    if (inProcess && line.trim() !== '') return 0;
    inProcess = false;
    return undefined;
  });
}
