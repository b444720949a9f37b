// Minutes of a COPIL: the document model, Markdown, the DOCX read back from its XML, and the
// PDF printed by Chromium (the same call as Electron's printToPDF) read back with pdftotext.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createSessionService } from '../../host/session/service.js';
import { buildMinutes } from '../../core/minutes/build.js';
import { minutesMarkdown } from '../../core/minutes/markdown.js';
import type { SessionState } from '../../core/session/api.js';

let dir: string;
let state: SessionState;
let service: ReturnType<typeof createSessionService>;

/** Reads one entry of a zip file (central directory, stored or deflated). */
function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} absent du zip`);
}

/** The visible text of each paragraph of a document.xml, with its style. */
function docxParagraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  }));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-minutes-'));
  service = createSessionService({ documentsDir: dir });
  const created = await service.createSession({ template: 'copil-ctg', date: '2026-03-03', place: 'Salle des fêtes, Die', startTime: '14:00' });
  if (!created.ok) throw new Error(created.message);
  state = created.state;
  const h = state.handle;
  await service.updateSession(h, {
    participants: [
      { id: 'a', name: 'Marie Durand', organisation: 'CAF de la Drôme', status: 'présent' },
      { id: 'b', name: 'Paul Martin', organisation: 'Communauté des Communes du Diois', status: 'présent' },
      { id: 'c', name: 'Jeanne Roux', organisation: 'Conseil départemental de la Drôme', status: 'excusé' },
    ],
  });
  const item = (title: string): string => state.session.agenda.find((a) => a.title.includes(title))!.id;
  await service.addEntry(h, { kind: 'note', text: 'Le compte-rendu du COPIL de novembre est validé sans remarque.', agendaItemId: item('compte rendu') });
  await service.addEntry(h, { kind: 'décision', text: 'Le compte rendu précédent est approuvé.', agendaItemId: item('compte rendu') });
  const logement = item('Logement');
  await service.addEntry(h, { kind: 'note', text: 'Le secteur reste difficile à saisir & divisé <entre> institutions.', agendaItemId: logement, deckId: 'logement', slideIndex: 2 });
  const c1 = await service.addEntry(h, { kind: 'contribution', text: 'Créer un guichet unique du logement', agendaItemId: logement, deckId: 'logement', slideIndex: 3 });
  const c2 = await service.addEntry(h, { kind: 'contribution', text: 'Mobiliser les bailleurs privés', agendaItemId: logement, deckId: 'logement', slideIndex: 3 });
  if (!c1.ok || !c2.ok) throw new Error('contribution');
  await service.groupEntries(h, [c1.entryId!, c2.entryId!], 'Rassembler les acteurs');
  await service.voteEntry(h, c2.entryId!, 7);
  await service.voteEntry(h, c1.entryId!, 2);
  await service.addEntry(h, { kind: 'question', text: 'Qui porte la commission extra-municipale ?', agendaItemId: logement });
  await service.addEntry(h, { kind: 'décision', text: 'Une commission logement ouverte aux partenaires est créée.', agendaItemId: item('Décisions') });
  await service.addEntry(h, { kind: 'action', text: 'Réunir la commission logement', qui: 'CCD', echeance: '2026-06-30', partenaires: 'ESCDD, CAF', agendaItemId: item('Décisions') });
  await service.addEntry(h, { kind: 'action', text: 'Préparer le forum « Habiter le Diois »', qui: 'ESCDD', echeance: 'avant l’été', agendaItemId: item('Calendrier') });
  const got = await service.getSession(h);
  if (!got.ok) throw new Error(got.message);
  state = got.state;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('minutes', () => {
  it('the document model: header, items in agenda order, votes, decisions, action table', () => {
    const doc = buildMinutes(state.session);
    expect(doc.dateText).toBe('mardi 3 mars 2026 à 14h00');
    expect(doc.present.map((p) => p.organisation)).toEqual(['CAF de la Drôme', 'Communauté des Communes du Diois']);
    expect(doc.excused).toEqual([{ name: 'Jeanne Roux', organisation: 'Conseil départemental de la Drôme' }]);
    const logement = doc.items.find((i) => i.title.includes('Logement'))!;
    expect(logement.contributionGroups).toEqual([
      { label: 'Rassembler les acteurs', contributions: [{ text: 'Mobiliser les bailleurs privés', votes: 7 }, { text: 'Créer un guichet unique du logement', votes: 2 }] },
    ]);
    expect(doc.actions).toEqual([
      { action: 'Réunir la commission logement', responsable: 'CCD', echeance: '30 juin 2026', partenaires: 'ESCDD, CAF' },
      { action: 'Préparer le forum « Habiter le Diois »', responsable: 'ESCDD', echeance: 'avant l’été', partenaires: '' },
    ]);
    // Items follow the agenda; points where nothing was noted are named once, not given a heading each.
    expect(doc.items.map((i) => i.title)[0]).toBe('1. Validation du compte rendu précédent');
    const used = new Set(state.session.entries.map((e) => e.agendaItemId));
    expect(doc.items.length).toBe(used.size);
    expect(doc.quietItems.length).toBe(state.session.agenda.length - used.size);
    // Each action is listed under its point as well as in the plan.
    const calendrier = doc.items.find((i) => i.title.includes('Calendrier'))!;
    expect(calendrier.actions.map((a) => a.action)).toEqual(['Préparer le forum « Habiter le Diois »']);
    expect(doc.documentLabel).toBe('Compte rendu');
  });

  it('the relevé de décisions holds only decisions and actions', () => {
    const doc = buildMinutes(state.session, 'releve');
    expect(doc.items.map((i) => i.decisions).filter((d) => d.length)).toEqual([['Le compte rendu précédent est approuvé.'], ['Une commission logement ouverte aux partenaires est créée.']]);
    expect(doc.items.every((i) => !i.notes.length && !i.contributionGroups.length && !i.questions.length)).toBe(true);
    expect(doc.actions).toHaveLength(2);
  });

  it('Markdown: headings, votes, decisions and a table, with user text escaped', async () => {
    const exported = await service.exportMinutes(state.handle, { format: 'markdown', variant: 'compte-rendu' });
    if (!exported.ok) throw new Error(exported.message);
    const md = await readFile(exported.path, 'utf8');
    expect(exported.path).toMatch(/ - compte rendu\.md$/);
    expect(md).toContain('# Compte rendu\u00A0: Comité de pilotage de la CTG du Diois');
    expect(md).toContain('**Date\u00A0:** mardi 3 mars 2026 à 14h00');
    expect(md).toContain('## 1. Validation du compte rendu précédent');
    expect(md).toContain('- Mobiliser les bailleurs privés (7 votes)');
    expect(md).toContain('- Une commission logement ouverte aux partenaires est créée.');
    expect(md).toContain('| Réunir la commission logement | CCD | ESCDD, CAF | 30 juin 2026 |');
    expect(md).toContain('divisé \\<entre\\> institutions');
    expect(md).toBe(minutesMarkdown(buildMinutes(state.session)));
  });

  it('DOCX: real headings, the decisions, and the action table cells', async () => {
    const exported = await service.exportMinutes(state.handle, { format: 'docx', variant: 'compte-rendu' });
    if (!exported.ok) throw new Error(exported.message);
    const zip = await readFile(exported.path);
    const xml = unzipEntry(zip, 'word/document.xml');
    const paragraphs = docxParagraphs(xml);
    const headings = paragraphs.filter((p) => /^(Title|Heading\d)$/.test(p.style));
    expect(headings[0]).toEqual({ style: 'Title', text: 'Compte rendu\u00A0: Comité de pilotage de la CTG du Diois' });
    expect(headings).toContainEqual({ style: 'Heading1', text: 'Présents' });
    expect(headings).toContainEqual({ style: 'Heading1', text: 'Excusés' });
    expect(headings).toContainEqual({ style: 'Heading1', text: '1. Validation du compte rendu précédent' });
    expect(headings).toContainEqual({ style: 'Heading2', text: 'Décisions' });
    expect(headings.at(-1)).toEqual({ style: 'Heading1', text: 'Plan d’action' });
    expect(paragraphs.map((p) => p.text)).toContain('Une commission logement ouverte aux partenaires est créée.');
    expect(paragraphs.map((p) => p.text)).toContain('Jeanne Roux (Conseil départemental de la Drôme)');
    expect(paragraphs.map((p) => p.text)).toContain('Le secteur reste difficile à saisir & divisé <entre> institutions.');
    // The action plan is a real table: header row then one row per action.
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => docxParagraphs(c[0]).map((p) => p.text).join(' ')),
    );
    expect(rows).toEqual([
      ['Action', 'Responsable', 'Partenaires', 'Échéance'],
      ['Réunir la commission logement', 'CCD', 'ESCDD, CAF', '30 juin 2026'],
      ['Préparer le forum « Habiter le Diois »', 'ESCDD', '', 'avant l’été'],
    ]);
    // The styles the headings name exist in the document (Word and LibreOffice show them as headings).
    const styles = unzipEntry(zip, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"/);
  });

  it('DOCX opens in LibreOffice: converted to PDF by soffice, its text has the title, a decision and the action table', async () => {
    // LibreOffice is what many partners use; .ci/run installs it (libreoffice-writer-nogui).
    // The test above wrote this file already: replacing it is said explicitly (never by default).
    const exported = await service.exportMinutes(state.handle, { format: 'docx', variant: 'compte-rendu', overwrite: true });
    if (!exported.ok) throw new Error(exported.message);
    const out = await mkdtemp(join(tmpdir(), 'ctg-minutes-lo-'));
    try {
      // Its own profile folder, so a LibreOffice already open on the machine does not interfere.
      execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, exported.path], { stdio: 'pipe', timeout: 120_000 });
      const pdf = join(out, basename(exported.path).replace(/\.docx$/, '.pdf'));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Comité de pilotage de la CTG du Diois');
      expect(text).toContain('Une commission logement ouverte aux partenaires est créée.');
      // The action table, after its heading: pdftotext reads its rows line by line, so a cell
      // wrapped over two lines comes out in two pieces (« Réunir la » … « commission logement »).
      const plan = text.slice(text.lastIndexOf('Plan d’action'));
      for (const cell of ['Action', 'Responsable', 'Échéance', 'Réunir la', 'commission logement', 'CCD', 'ESCDD, CAF', '30 juin 2026']) expect(plan).toContain(cell);
      // Page numbers in the footer, the meeting's title and date in the page header.
      expect(text).toMatch(/Page 1 sur \d/);
      expect(text).toContain('Comité de pilotage de la CTG du Diois – mardi 3 mars 2026');
      // The action recorded on « Calendrier » is under that point, before the plan; no boilerplate per empty point.
      expect(text.slice(text.indexOf('Actions'), text.lastIndexOf('Plan d’action'))).toContain('Préparer le forum');
      expect(text).not.toContain('Rien n’a été noté');
      expect((text.match(/Sans observation/g) ?? []).length).toBeLessThanOrEqual(1);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);

  it('DOCX metadata: French as the language, the author set, paragraph spacing', async () => {
    // The test above exported the same file: replace it, as the user would after being asked.
    const exported = await service.exportMinutes(state.handle, { format: 'docx', variant: 'compte-rendu', overwrite: true });
    if (!exported.ok) throw new Error(exported.message);
    const zip = await readFile(exported.path);
    const styles = unzipEntry(zip, 'word/styles.xml');
    expect(styles).toMatch(/<w:lang w:val="fr-FR"/);
    expect(styles).toMatch(/<w:spacing w:after="120"/);
    const core = unzipEntry(zip, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>CTG Diois</dc:creator>');
    expect(core).not.toContain('Un-named');
  });

  it('PDF printed by Chromium from the minutes HTML: its text reads back', async () => {
    const html = await service.minutesHtml(state.handle, 'compte-rendu');
    if (!html.ok) throw new Error(html.message);
    expect(html.html).not.toMatch(/https?:\/\//);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent(html.html);
      // As a user printing with the browser's « En-têtes et pieds de page » ticked: the page's
      // margin boxes replace them, so no address, date or tab title is printed.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true });
      const path = join(dir, 'compte-rendu.pdf');
      await writeFile(path, pdf);
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/[\s\u00A0]+/g, ' ');
      expect(text).toContain('Compte rendu : Comité de pilotage de la CTG du Diois');
      expect(text).toContain('mardi 3 mars 2026 à 14h00');
      expect(text).toContain('Salle des fêtes, Die');
      expect(text).toContain('Marie Durand (CAF de la Drôme)');
      expect(text).toContain('Une commission logement ouverte aux partenaires est créée.');
      expect(text).not.toContain('Décision :');
      // Page numbers from the page's margin boxes (no browser header or footer).
      expect(text).toContain('Page 1 sur');
      expect(text).not.toContain('about:blank');
      expect(text).toContain('Mobiliser les bailleurs privés (7 votes)');
      // The action table, after its heading: pdftotext reads its rows line by line, so a cell
      // wrapped over two lines comes out in two pieces (« Réunir la » … « commission logement »).
      const plan = text.slice(text.lastIndexOf('Plan d’action'));
      for (const cell of ['Action', 'Responsable', 'Échéance', 'Réunir la', 'commission logement', 'CCD', 'ESCDD, CAF', '30 juin 2026']) expect(plan).toContain(cell);
      expect(text).toContain('Plan d’action');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
