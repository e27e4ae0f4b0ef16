// Warta's web page: the meetings (table, network, timeline, sources), full-text search over statements and
// sentences, and the shipped example queries. Everything is read through the SPARQL endpoint, so the page shows
// exactly what any other SPARQL client would get. Plain JavaScript without a build step; the one library is the
// vendored Cytoscape.js (see vendor/README.txt). Data never reaches innerHTML: the DOM is built with
// textContent, and user input reaches a query only through sparqlString().

const ENDPOINT = 'kg/sparql';
const CORPUS = 'https://w3id.org/warta/id/graph/corpus';
const PREFIXES = `PREFIX warta:  <https://w3id.org/warta/ontology#>
PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX schema: <https://schema.org/>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX text:   <http://jena.apache.org/text#>
`;
const SPARQL_HEADERS = {
  'Content-Type': 'application/sparql-query;charset=utf-8',
  'Accept': 'application/sparql-results+json',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// ---------------------------------------------------------------------------------------------------------------
// SPARQL: literals, IRIs, requests

/** Thrown for user input that cannot go into a query; shown to the user as it is. */
class InputError extends Error {}

/**
 * A SPARQL string literal holding `value` exactly: backslash, quote, newline, carriage return and tab are
 * escaped; any other control character is refused, since no one types one on purpose.
 */
export function sparqlString(value) {
  const s = String(value);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(s)) {
    throw new InputError('The search text contains a control character; please retype it.');
  }
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t') + '"';
}

/** An IRI from a query result, checked before it goes back into a query. */
function sparqlIri(value) {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value)) {
    throw new Error('not an IRI: ' + value);
  }
  return '<' + value + '>';
}

/**
 * The user's words as a Lucene query for text:query: lower-cased (so AND, OR, NOT are words, not operators)
 * and with Lucene's syntax characters escaped, so any input is a valid query matching any of the words.
 */
function luceneQuery(words) {
  return words.toLowerCase().split(/\s+/).filter(Boolean)
    .map(w => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')).join(' ');
}

/** Runs a SELECT query; each row maps variable names to plain values (unbound ones are absent). */
async function select(query) {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: SPARQL_HEADERS,
    body: PREFIXES + query,
  });
  if (!res.ok) {
    const body = (await res.text()).trim().slice(0, 600);
    throw new Error(`The SPARQL endpoint answered ${res.status}${body ? ': ' + body : ''}`);
  }
  const json = await res.json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

/** Runs a SELECT query; each row maps variable names to RDF terms as the JSON results give them. */
async function selectTerms(query) {
  const res = await fetch(ENDPOINT, { method: 'POST', headers: SPARQL_HEADERS, body: PREFIXES + query });
  if (!res.ok) {
    const body = (await res.text()).trim().slice(0, 600);
    throw new Error(`The SPARQL endpoint answered ${res.status}${body ? ': ' + body : ''}`);
  }
  return (await res.json()).results.bindings;
}

/** A typed literal from a query result, checked before it goes back into a query. */
function sparqlLiteral(term) {
  if (term.type !== 'literal' && term.type !== 'typed-literal') throw new Error('not a literal: ' + term.value);
  return sparqlString(term.value) + (term.datatype ? '^^' + sparqlIri(term.datatype) : '');
}

// ---------------------------------------------------------------------------------------------------------------
// DOM helpers

/** Creates an element; strings among the children become text nodes, never markup. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== undefined && c !== null && c !== false) el.append(c);
  }
  return el;
}

function showError(err) {
  const box = document.getElementById('error');
  box.textContent = err instanceof Error ? err.message : String(err);
  box.hidden = false;
  if (!(err instanceof InputError)) console.error(err);
}

function clearError() {
  document.getElementById('error').hidden = true;
}

/** The Wikidata page of an owl:sameAs IRI, or null when the value is not a Wikidata entity. */
function wikidataPage(sameAs) {
  const m = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[0-9]+)$/.exec(sameAs || '');
  return m ? 'https://www.wikidata.org/wiki/' + m[1] : null;
}

/** An entity's name, linked to its Wikidata page when it has one. */
function entityLink(entity, cls = '') {
  const page = wikidataPage(entity.wikidata);
  const kind = (entity.type || '').toLowerCase();
  const name = entity.name || localName(entity.iri);
  return page
    ? h('a', { class: `entity ${kind} ${cls}`, href: page, target: '_blank', rel: 'noopener',
      title: `${name} on Wikidata (${page.slice(page.lastIndexOf('/') + 1)})` }, name)
    : h('span', { class: `entity unlinked ${kind} ${cls}`, title: 'not linked to Wikidata' }, name);
}

function localName(iri) {
  return (iri || '').replace(/^.*[/#]/, '');
}

function statusBadge(status) {
  return h('span', { class: `status ${status}` }, status);
}

// ---------------------------------------------------------------------------------------------------------------
// Dates at their precision: "2024", "2024-05", "2024-04-08", a begin/end pair of any of those

/** The first and last day a time stamp covers: "2024-05" covers 1 to 31 May. */
function coverage(stamp) {
  const [y, m, d] = stamp.split('-').map(Number);
  if (d) return [new Date(Date.UTC(y, m - 1, d)), new Date(Date.UTC(y, m - 1, d))];
  if (m) return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 0))];
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31))];
}

function precision(begin, end) {
  const parts = (begin || '').split('-').length;
  if (parts === 1) return 'year';
  if (parts === 2) return 'month';
  return begin === end ? 'day' : 'days';
}

/** A readable date at its precision: "8–14 Apr 2024", "May 2024", "2024". */
function formatWhen(begin, end) {
  if (!begin) return 'no date';
  const fmt = s => {
    const [y, m, d] = s.split('-');
    return d ? `${Number(d)} ${MONTHS[m - 1]} ${y}` : m ? `${MONTHS[m - 1]} ${y}` : y;
  };
  if (!end || end === begin) return fmt(begin);
  const [by, bm, bd] = begin.split('-');
  const [ey, em, ed] = end.split('-');
  if (bd && ed && by === ey && bm === em) return `${Number(bd)}–${Number(ed)} ${MONTHS[em - 1]} ${ey}`;
  return `${fmt(begin)} – ${fmt(end)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings: loading

const PAGE = 50;
const ENTITIES = 'https://w3id.org/warta/id/graph/entities';

const state = {
  meetings: [],            // the meetings of the page shown, see loadPage()
  byId: new Map(),
  shown: [],               // the meetings of the page that pass the filter, in table order
  sort: { key: 'when', dir: -1 },
  filter: '',
  selected: null,          // id of the meeting whose sources are shown
  network: null,           // the Cytoscape instance
  starts: null,            // the distinct starts of the store's meetings, newest first (typed literals)
  total: 0,                // meetings in the store
  pages: [null],           // the cursor each page starts after (null: the newest meeting); pages[i] is page i
  page: 0,
};

// The page loads a page of meetings at a time, newest first (by best-known start; undated meetings last), with
// keyset paging: the next page starts after the last meeting of this one. The corpus graph lists the distinct
// starts of its meetings, so a page looks up the meetings of its newest starts instead of sorting every meeting:
// a page costs the same on any store.
const STARTS = 'https://w3id.org/warta/id/graph/corpus/starts';
const STARTS_PER_QUERY = 60;
const Q_STARTS = `
SELECT ?b WHERE { GRAPH <${CORPUS}> { <${STARTS}> warta:meetingStart ?b } }`;

function keysetFilter(after) {
  return after
    ? `FILTER(?start < ${sparqlString(after.start)} || (?start = ${sparqlString(after.start)} && STR(?meeting) > ${sparqlString(after.iri)}))`
    : '';
}

/**
 * A page of meetings: those of the given starts (typed literals), the undated ones when starts is null, or the 50
 * newest (which every build lists in the corpus graph) when starts is 'recent'.
 */
function qMeetingPage(starts, after, limit) {
  const chosen = starts === 'recent'
    ? `GRAPH <${CORPUS}> {
        <${CORPUS}> warta:recentMeeting ?meeting OPTIONAL { ?meeting sem:hasBeginTimeStamp ?b0 }
      }
      BIND(COALESCE(STR(?b0), "") AS ?start)`
    : starts
    ? `VALUES ?b0 { ${starts.map(sparqlLiteral).join(' ')} }
      GRAPH <${CORPUS}> { ?meeting sem:hasBeginTimeStamp ?b0 }
      BIND(STR(?b0) AS ?start)`
    : `GRAPH <${CORPUS}> { ?meeting a warta:Meeting FILTER NOT EXISTS { ?meeting sem:hasBeginTimeStamp ?b1 } }
      BIND("" AS ?start)`;
  return `
SELECT ?meeting ?start ?status ?sources ?begin ?end ?virtual ?place ?placeName ?placeWikidata
WHERE {
  {
    SELECT ?meeting ?start WHERE {
      ${chosen}
      ${keysetFilter(after)}
    }
    ORDER BY DESC(?start) ?meeting
    LIMIT ${limit}
  }
  GRAPH <${CORPUS}> {
    ?meeting warta:currentStatus ?status ; warta:sourceCount ?sources .
    OPTIONAL { ?meeting sem:hasBeginTimeStamp ?b
               OPTIONAL { ?meeting sem:hasEndTimeStamp ?eStamp }  # none: it ends when it begins
               BIND(COALESCE(?eStamp, ?b) AS ?e) }
    OPTIONAL { ?meeting warta:virtual ?virtual }
  }
  OPTIONAL {
    GRAPH <${CORPUS}> { ?meeting sem:hasPlace ?place }
    OPTIONAL { GRAPH <${ENTITIES}> { ?place schema:name ?placeName } }
    OPTIONAL { GRAPH <${ENTITIES}> { ?place owl:sameAs ?placeWikidata } }
  }
  BIND(STR(?b) AS ?begin)
  BIND(STR(?e) AS ?end)
}
ORDER BY DESC(?start) ?meeting`;
}

/** The rows of one page: through the starts from the cursor on, a few dozen at a time, then the undated meetings. */
async function pageRows(after) {
  if (!after) {
    return select(qMeetingPage('recent', null, PAGE)); // the first page: the newest, listed by the build
  }
  if (!state.starts) {
    // the distinct starts, newest first (as text, as the queries order them); read once, sorted here
    state.starts = (await selectTerms(Q_STARTS)).map(r => r.b)
      .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
  }
  const rows = [];
  const meetings = new Set();
  let from = after ? state.starts.findIndex(s => s.value <= after.start) : 0;
  if (from < 0) from = state.starts.length;
  let cursor = after;
  while (meetings.size < PAGE && from < state.starts.length) {
    const chunk = state.starts.slice(from, from + STARTS_PER_QUERY);
    const got = await select(qMeetingPage(chunk, cursor, PAGE - meetings.size));
    got.forEach(r => { rows.push(r); meetings.add(r.meeting); });
    from += chunk.length;
    if (got.length) {
      const last = got[got.length - 1];
      cursor = { start: last.start, iri: last.meeting };
    }
  }
  if (meetings.size < PAGE) {
    const undatedAfter = cursor && cursor.start === '' ? cursor : { start: '', iri: '' };
    const got = await select(qMeetingPage(null, undatedAfter.iri ? undatedAfter : null, PAGE - meetings.size));
    got.forEach(r => { rows.push(r); meetings.add(r.meeting); });
  }
  return rows;
}

// The participants of the page's meetings, and the evidence of each meeting's earliest report: the participant
// named first in it is the subject of "X met Y", which the table shows as "who"; the others are "with whom".
function qParticipants(meetings) {
  return `
SELECT ?meeting ?actor ?name ?type ?wikidata ?evidence
WHERE {
  VALUES ?meeting { ${meetings.map(m => sparqlIri(m.iri)).join(' ')} }
  GRAPH <${CORPUS}> { ?meeting sem:hasActor ?actor }
  OPTIONAL { GRAPH <${ENTITIES}> { ?actor schema:name ?name } }
  OPTIONAL { GRAPH <${ENTITIES}> { ?actor owl:sameAs ?wikidata } }
  OPTIONAL {
    VALUES (?class ?type) { (warta:Person "Person") (warta:State "State") (warta:Organization "Organization") }
    GRAPH <${ENTITIES}> { ?actor a ?class }
  }
  OPTIONAL {
    GRAPH <${CORPUS}> { ?meeting warta:earliestReport ?report }
    GRAPH ?g { ?report nif:beginIndex ?rb ; nif:endIndex ?re . ?article a warta:Article ; nif:isString ?text }
    BIND(SUBSTR(?text, ?rb + 1, ?re - ?rb) AS ?evidence)
  }
}`;
}

// Counts kept by the build in the corpus graph, so the first screen never counts the whole store.
const Q_COUNTS = `
SELECT ?meetings ?articles
WHERE { GRAPH <${CORPUS}> { OPTIONAL { <${CORPUS}> warta:meetingCount ?meetings }
                            OPTIONAL { <${CORPUS}> warta:articleCount ?articles } } }`;

/** Where a participant is first named in the evidence: the earliest of its name's words (-1: not found). */
function firstNamed(evidence, name) {
  if (!evidence || !name) return Infinity;
  const text = evidence.toLowerCase();
  let best = Infinity;
  for (const word of name.toLowerCase().split(/[\s,.()-]+/).filter(w => w.length >= 3)) {
    const at = text.indexOf(word);
    if (at >= 0 && at < best) best = at;
  }
  return best;
}

async function loadPage() {
  const after = state.pages[state.page];
  const [rows, counts] = await Promise.all([pageRows(after),
    state.page === 0 ? select(Q_COUNTS) : Promise.resolve(null)]);
  if (counts) {
    state.total = Number(counts[0]?.meetings ?? 0);
    state.articles = Number(counts[0]?.articles ?? 0);
  }
  const byId = new Map();
  const order = [];
  for (const r of rows) {
    const id = localName(r.meeting);
    let m = byId.get(id);
    if (!m) {
      m = {
        id, iri: r.meeting, start: r.start, status: r.status, sources: Number(r.sources), begin: r.begin || null,
        end: r.end || r.begin || null, virtual: r.virtual === 'true', places: [], participants: [],
      };
      byId.set(id, m);
      order.push(m);
    }
    if (r.place && !m.places.some(p => p.iri === r.place)) {
      m.places.push({ iri: r.place, name: r.placeName, wikidata: r.placeWikidata, type: 'Place' });
    }
  }
  const participants = order.length ? await select(qParticipants(order)) : [];
  for (const p of participants) {
    const m = byId.get(localName(p.meeting));
    if (!m || m.participants.some(x => x.iri === p.actor)) continue;
    const name = p.name || localName(p.actor);
    m.participants.push({ iri: p.actor, name, type: p.type || 'Other', wikidata: p.wikidata,
      first: firstNamed(p.evidence, name) });
  }
  const typeRank = { Person: 0, State: 1, Organization: 2 };
  for (const m of order) {
    m.participants.sort((a, b) => a.first - b.first || (typeRank[a.type] ?? 3) - (typeRank[b.type] ?? 3)
      || a.name.localeCompare(b.name));
    m.precision = m.begin ? precision(m.begin, m.end) : 'none';
    m.when = formatWhen(m.begin, m.end);
    m.where = m.places.map(p => p.name || localName(p.iri)).join(', ') + (m.virtual ? ' (virtual)' : '');
    m.text = [...m.participants.map(p => p.name), m.when, m.begin, m.end, m.where, m.status,
      m.virtual ? 'virtual' : ''].join(' ').toLowerCase();
  }
  state.meetings = order;
  state.byId = byId;
  // the cursor of the next page: after the last meeting of this one
  const last = order[order.length - 1];
  state.pages.length = state.page + 1;
  if (last && order.length === PAGE) state.pages.push({ start: last.start, iri: last.iri });
  const people = new Set(state.meetings.flatMap(m => m.participants.map(p => p.iri)));
  document.getElementById('stats').textContent =
    `${state.total.toLocaleString('en')} meetings · ${state.articles.toLocaleString('en')} articles`
    + ` · this page: ${people.size} participants`;
}

/** Shows another page: the table, the network and the timeline are redrawn for its meetings. */
async function goToPage(page) {
  if (page < 0 || page >= state.pages.length) return;
  state.page = page;
  try {
    await loadPage();
    renderTable();
    renderNetwork();
    highlightNetwork();
  } catch (err) {
    showError(err);
  }
}

function renderPager() {
  const first = state.page * PAGE + 1;
  const last = state.page * PAGE + state.meetings.length;
  document.getElementById('page-info').textContent = state.meetings.length
    ? `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${state.total.toLocaleString('en')}, newest first`
    : '';
  document.getElementById('page-newer').disabled = state.page === 0;
  document.getElementById('page-older').disabled = state.page + 1 >= state.pages.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings: table

const SORT_KEYS = {
  who: m => m.participants[0]?.name ?? '',
  whom: m => m.participants.slice(1).map(p => p.name).join(', '),
  when: m => (m.begin ?? '9999') + '/' + (m.end ?? ''),
  where: m => m.where,
  status: m => m.status,
  sources: m => m.sources,
};

function applyFilterAndSort() {
  const terms = state.filter.toLowerCase().split(/\s+/).filter(Boolean);
  const key = SORT_KEYS[state.sort.key];
  state.shown = state.meetings
    .filter(m => terms.every(t => m.text.includes(t)))
    .sort((a, b) => {
      const x = key(a), y = key(b);
      const c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return state.sort.dir * c || SORT_KEYS.when(a).localeCompare(SORT_KEYS.when(b));
    });
}

function renderTable() {
  applyFilterAndSort();
  const tbody = document.querySelector('#meetings tbody');
  tbody.replaceChildren();
  for (const m of state.shown) {
    const row = h('tr', {
      'data-meeting': m.id, 'data-sources': m.sources, tabindex: 0,
      class: m.id === state.selected ? 'selected' : null,
      onclick: () => selectMeeting(m.id),
      onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectMeeting(m.id); } },
    },
    h('td', { class: 'who' }, m.participants[0] ? entityName(m.participants[0]) : ''),
    h('td', { class: 'whom' }, joinNodes(m.participants.slice(1).map(entityName), ', ')),
    h('td', { class: 'when' }, h('span', {}, m.when), m.precision !== 'day' && m.precision !== 'none'
      ? h('span', { class: 'precision' }, m.precision) : null),
    h('td', { class: 'where' }, m.where || h('span', { class: 'muted' }, '—')),
    h('td', {}, statusBadge(m.status)),
    h('td', { class: 'num' }, String(m.sources)));
    tbody.append(row);
  }
  if (state.shown.length === 0) {
    tbody.append(h('tr', { class: 'placeholder' }, h('td', { colspan: 6 },
      state.meetings.length ? 'No meeting matches the filter.' : 'The store has no meetings yet.')));
  }
  document.getElementById('meeting-count').textContent = state.filter
    ? `${state.shown.length} of ${state.meetings.length} on this page` : '';
  renderPager();
  for (const th of document.querySelectorAll('#meetings th')) {
    th.setAttribute('aria-sort', th.dataset.key === state.sort.key
      ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none');
  }
  renderTimeline();
  highlightNetwork();
}

/** A participant's name in the table: plain text with its type as a dot; links live in the sources panel. */
function entityName(p) {
  return h('span', { class: `name ${p.type.toLowerCase()}` }, p.name);
}

function joinNodes(nodes, sep) {
  return nodes.flatMap((n, i) => (i ? [sep, n] : [n]));
}

function setFilter(text) {
  state.filter = text;
  const input = document.getElementById('meeting-filter');
  if (input.value !== text) input.value = text;
  renderTable();
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings: network (Cytoscape.js)

const TYPE_COLOURS = { Person: '#3867d6', State: '#e67e22', Organization: '#8854d0', Other: '#778ca3' };

function renderNetwork() {
  const container = document.getElementById('network');
  if (state.network) {
    state.network.destroy();
    state.network = null;
  }
  if (!window.cytoscape) {
    container.replaceChildren(h('p', { class: 'muted' }, 'Cytoscape.js did not load.'));
    return;
  }
  const nodes = new Map();
  const edges = new Map();
  for (const m of state.meetings) {
    for (const p of m.participants) {
      const n = nodes.get(p.iri) ?? { id: p.iri, label: p.name, type: p.type, meetings: 0 };
      n.meetings++;
      nodes.set(p.iri, n);
    }
    // a meeting of three links every pair of them
    const ps = m.participants.map(p => p.iri).sort();
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const id = ps[i] + ' ' + ps[j];
        const e = edges.get(id) ?? { id, source: ps[i], target: ps[j], count: 0, meetings: [] };
        e.count++;
        e.meetings.push(m.id);
        edges.set(id, e);
      }
    }
  }
  if (nodes.size === 0) {
    container.replaceChildren(h('p', { class: 'muted empty-network' }, 'No meetings yet.'));
    return;
  }
  // nodes start on a circle ordered by name, see layoutNetwork()
  const ordered = [...nodes.values()].sort((a, b) => a.label.localeCompare(b.label));
  const elements = [
    ...ordered.map((n, i) => ({
      data: { ...n, size: 18 + 6 * Math.sqrt(n.meetings), colour: TYPE_COLOURS[n.type] ?? TYPE_COLOURS.Other },
      position: { x: 200 * Math.cos(2 * Math.PI * i / ordered.length),
        y: 200 * Math.sin(2 * Math.PI * i / ordered.length) },
    })),
    ...[...edges.values()].map(e => ({ data: { ...e, label: e.count > 1 ? String(e.count) : '' } })),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
        'background-color': 'data(colour)', 'border-width': 2, 'border-color': '#fff',
        'font-family': 'Segoe UI, Roboto, Helvetica Neue, Arial, Liberation Sans, sans-serif',
        'font-size': 14, 'color': '#1f2d3d', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-outline-color': '#fff', 'text-outline-width': 3, 'text-outline-opacity': 1,
        // above every edge, so that the white outline keeps a label readable where an edge runs under it
        'z-index-compare': 'manual', 'z-index': 10 } },
      { selector: 'node[type = "State"]', style: { 'shape': 'round-rectangle' } },
      { selector: 'node[type = "Organization"]', style: { 'shape': 'diamond' } },
      { selector: 'edge', style: {
        'z-index-compare': 'manual', 'z-index': 1, 'width': 'mapData(count, 1, 6, 2, 8)', 'line-color': '#a5b1c2',
        'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 12, 'font-weight': 600, 'color': '#4b6584',
        'text-background-color': '#fff', 'text-background-opacity': 1, 'text-background-padding': 2,
        'text-background-shape': 'round-rectangle' } },
      { selector: '.faded', style: { 'opacity': 0.18 } },
      { selector: 'edge.focus', style: { 'line-color': '#2d3a4b' } },
      { selector: 'node.focus', style: { 'border-color': '#2d3a4b', 'border-width': 3 } },
    ],
    layout: { name: 'preset' },
  });
  layoutNetwork(cy);
  cy.on('tap', 'node', e => setFilter(e.target.data('label')));
  cy.on('tap', 'edge', e => setFilter(`${e.target.source().data('label')} ${e.target.target().data('label')}`));
  cy.on('tap', e => { if (e.target === cy) setFilter(''); });
  state.network = cy;
  new ResizeObserver(() => {
    cy.resize();
    cy.fit(undefined, 20);
  }).observe(container);
}

/**
 * Lays out the network so that it fills its box with readable labels: each connected component gets a force
 * layout of its own (deterministic, as it starts from the given circle positions), and the components are then
 * packed in rows, largest first.
 */
function layoutNetwork(cy) {
  const box = cy.container().getBoundingClientRect();
  const width = Math.max(box.width, 300) - 40;
  const height = Math.max(box.height, 200) - 40;
  const gap = 24;
  const firstLabel = c => c.nodes().map(n => n.data('label')).sort()[0];
  const components = cy.elements().components()
    .sort((a, b) => b.nodes().length - a.nodes().length || firstLabel(a).localeCompare(firstLabel(b)));
  for (const c of components) {
    c.layout({
      name: 'cose', randomize: false, animate: false, fit: false,
      idealEdgeLength: () => 70, nodeRepulsion: () => 4000, gravity: 1, numIter: 2500,
    }).run();
    // the box is wide: turn a tall component on its side (a mirror image is as good a drawing)
    const b = c.boundingBox({ includeLabels: true });
    if (b.h > b.w * 1.1) c.nodes().positions(n => ({ x: n.position('y'), y: n.position('x') }));
  }
  const boxes = components.map(c => c.boundingBox({ includeLabels: true }));
  // rows of components: of the row widths tried, keep the one whose drawing fits the box at the largest zoom
  const total = boxes.reduce((sum, b) => sum + b.w + gap, 0);
  const widest = Math.max(...boxes.map(b => b.w));
  let best = null;
  for (let i = 0; i <= 40; i++) {
    const packed = packRows(boxes, widest + (total - widest) * i / 40, gap);
    const zoom = Math.min(width / packed.width, height / packed.height);
    if (!best || zoom > best.zoom) best = { ...packed, zoom };
  }
  best.places.forEach((p, i) => components[i].nodes().shift({ x: p.x - boxes[i].x1, y: p.y - boxes[i].y1 }));
  cy.fit(undefined, 20);
}

/** Places boxes left to right in rows no wider than rowWidth, each row and each box in it centred. */
function packRows(boxes, rowWidth, gap) {
  const rows = [];
  let row = null;
  boxes.forEach((b, i) => {
    if (!row || row.width + b.w > rowWidth + 0.5) {
      row = { width: 0, height: 0, items: [] };
      rows.push(row);
    }
    row.items.push({ i, x: row.width });
    row.width += b.w + gap;
    row.height = Math.max(row.height, b.h);
  });
  const width = Math.max(...rows.map(r => r.width - gap));
  const places = [];
  let y = 0;
  for (const r of rows) {
    const indent = (width - (r.width - gap)) / 2;
    for (const it of r.items) places[it.i] = { x: indent + it.x, y: y + (r.height - boxes[it.i].h) / 2 };
    y += r.height + gap;
  }
  return { places, width, height: y - gap };
}

/** Fades what the filter hides and outlines the selected meeting's participants. */
function highlightNetwork() {
  const cy = state.network;
  if (!cy) return;
  const shown = new Set(state.shown.map(m => m.id));
  const filtered = shown.size !== state.meetings.length;
  const selected = state.byId.get(state.selected);
  const focus = new Set(selected ? selected.participants.map(p => p.iri) : []);
  cy.batch(() => {
    cy.elements().removeClass('faded focus');
    if (filtered) {
      cy.edges().forEach(e => { if (!e.data('meetings').some(id => shown.has(id))) e.addClass('faded'); });
      cy.nodes().forEach(n => { if (n.connectedEdges(':not(.faded)').empty()) n.addClass('faded'); });
    }
    cy.nodes().forEach(n => { if (focus.has(n.id())) n.addClass('focus'); });
    cy.edges().forEach(e => { if (focus.has(e.data('source')) && focus.has(e.data('target'))) e.addClass('focus'); });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings: timeline, drawn as SVG. A meeting spans what its time stamps cover, so a month-precise meeting is a
// bar over the whole month and a year-precise one over the year; a single day is a dot.

const SVG = 'http://www.w3.org/2000/svg';
const LANE = 28;
const AXIS = 34;

function svgEl(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c !== undefined && c !== null) el.append(c);
  return el;
}

let measureContext;
function textWidth(text) {
  measureContext ??= document.createElement('canvas').getContext('2d');
  // bold, as the selected item's label is: selecting must not make labels overlap
  measureContext.font = 'bold 12px "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';
  return measureContext.measureText(text).width;
}

function renderTimeline() {
  const box = document.getElementById('timeline');
  const dated = state.meetings.filter(m => m.begin);
  const width = Math.max(box.clientWidth, 320);
  if (dated.length === 0) {
    box.replaceChildren(h('p', { class: 'muted' }, 'No dated meetings.'));
    return;
  }
  const DAY = 86400000;
  const spans = dated.map(m => [coverage(m.begin)[0], coverage(m.end)[1]]);
  const first = new Date(Math.min(...spans.map(x => x[0])));
  const last = new Date(Math.max(...spans.map(x => x[1])));
  // whole years, or whole quarters when everything is within a year, with a little air on both sides
  const from = new Date(Date.UTC(first.getUTCFullYear(), 0, 1));
  const to = new Date(Date.UTC(last.getUTCFullYear() + 1, 0, 1));
  const pad = 12;
  const x = d => pad + (d - from) / (to - from) * (width - 2 * pad);
  const shown = new Set(state.shown.map(m => m.id));

  // Pack items into lanes: an item with its label must not touch the previous one in its lane. A label goes
  // inside a bar wide enough for it, else right of the item, or left of it near the right edge.
  const items = dated.map((m, i) => {
    const [b, e] = spans[i];
    const x0 = x(b);
    const x1 = Math.max(x(new Date(e.getTime() + DAY)), x0 + 2);
    const dot = m.precision === 'day';
    const label = m.participants.map(p => p.name).join(' – ');
    const lw = textWidth(label);
    const right = dot ? (x0 + x1) / 2 + 6 : Math.max(x1, x0 + 6);
    const left = dot ? (x0 + x1) / 2 - 6 : x0;
    let place = 'right';
    if (x1 - x0 > lw + 14) place = 'inside';
    else if (right + 5 + lw > width - pad) place = 'left';
    const start = place === 'left' ? left - 5 - lw : left;
    const stop = place === 'right' ? right + 5 + lw : right;
    return { m, x0, x1, label, place, dot, left, right, start, stop };
  }).sort((a, b) => a.start - b.start || a.stop - b.stop);
  const laneEnds = [];
  for (const it of items) {
    let lane = laneEnds.findIndex(end => end + 10 < it.start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(0);
    }
    laneEnds[lane] = it.stop;
    it.lane = lane;
  }
  const height = laneEnds.length * LANE + AXIS + 10;
  const svg = svgEl('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `${dated.length} meetings from ${from.getUTCFullYear()} to ${to.getUTCFullYear() - 1}` });

  // axis: a band per year, a tick per quarter
  const axisY = laneEnds.length * LANE + 8;
  for (let y = from.getUTCFullYear(); y < to.getUTCFullYear(); y++) {
    const a = x(new Date(Date.UTC(y, 0, 1)));
    const b = x(new Date(Date.UTC(y + 1, 0, 1)));
    svg.append(svgEl('rect', { x: a, y: 0, width: b - a, height: axisY, class: (y % 2 ? 'tl-band odd' : 'tl-band') }));
    svg.append(svgEl('text', { x: a + 4, y: axisY + 27, class: 'tl-year' }, String(y)));
    for (let q = 1; q < 4; q++) {
      const t = x(new Date(Date.UTC(y, q * 3, 1)));
      svg.append(svgEl('line', { x1: t, x2: t, y1: 0, y2: axisY + 4, class: 'tl-quarter' }));
      svg.append(svgEl('text', { x: t, y: axisY + 13, class: 'tl-month' }, MONTHS[q * 3]));
    }
  }
  svg.append(svgEl('line', { x1: pad, x2: width - pad, y1: axisY, y2: axisY, class: 'tl-axis' }));

  for (const it of items) {
    const { m } = it;
    const cy = it.lane * LANE + LANE / 2 + 4;
    const cls = ['tl-item', m.status, m.precision, shown.has(m.id) ? '' : 'faded',
      m.id === state.selected ? 'selected' : '']
      .filter(Boolean).join(' ');
    const g = svgEl('g', { class: cls, 'data-meeting': m.id, tabindex: 0, onclick: () => selectMeeting(m.id),
      onkeydown: e => { if (e.key === 'Enter') selectMeeting(m.id); } },
    svgEl('title', {}, `${it.label}\n${m.when} (${m.precision})\n${m.status} · ${m.sources} `
      + `source${m.sources === 1 ? '' : 's'}`));
    if (it.dot) {
      g.append(svgEl('circle', { cx: (it.x0 + it.x1) / 2, cy, r: 5.5, class: 'mark' }));
    } else {
      g.append(svgEl('rect', { x: it.x0, y: cy - 7, width: Math.max(it.x1 - it.x0, 6), height: 14, rx: 4,
        class: 'mark' }));
    }
    const tx = it.place === 'inside' ? it.x0 + 7 : it.place === 'left' ? it.left - 5 : it.right + 5;
    g.append(svgEl('text', { x: tx, y: cy + 4, class: `tl-label ${it.place}` }, it.label));
    svg.append(g);
  }
  const undated = state.meetings.length - dated.length;
  box.replaceChildren(svg);
  if (undated) box.append(h('p', { class: 'muted small' }, `${undated} undated meeting(s) not shown.`));
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings: the sources of one meeting

const SOURCES_SHOWN = 100;

// An entity's name, Wikidata id and class, as the entities graph describes it (a fixed part of two queries).
const ENTITY_DESCRIPTION = `
  OPTIONAL { GRAPH <${ENTITIES}> { ?entity schema:name ?name } }
  OPTIONAL { GRAPH <${ENTITIES}> { ?entity owl:sameAs ?wikidata } }
  OPTIONAL {
    VALUES (?class ?type) { (warta:Person "Person") (warta:State "State") (warta:Organization "Organization")
                            (warta:Place "Place") }
    GRAPH <${ENTITIES}> { ?entity a ?class }
  }`;

// A sentence is named by its offsets, <article>#char=begin,end (NIF's RFC 5147 scheme): ?sentence's begin and end.
const SENTENCE_OFFSETS = `BIND(STRAFTER(STR(?sentence), "#char=") AS ?chars)
  BIND(xsd:integer(STRBEFORE(?chars, ",")) AS ?sentenceBegin)
  BIND(xsd:integer(STRAFTER(?chars, ",")) AS ?sentenceEnd)`;

// A report's sentence is cut from its article's text by the sentence's offsets (the lean graph keeps no copy; it
// keeps one, nif:anchorOf, only for a text with characters that SPARQL and the offsets count differently).
function qReports(meeting) {
  return `
SELECT ?report ?status ?begin ?end ?timeExpression ?virtual ?evidenceBegin ?evidenceEnd
       ?sentence ?sentenceText ?sentenceBegin ?article ?articleId ?published ?inferred ?publisher ?url ?headline
WHERE {
  GRAPH <${CORPUS}> { ${meeting} warta:hasReport ?report }
  GRAPH ?g {
    ?report warta:status ?status ; nif:beginIndex ?evidenceBegin ; nif:endIndex ?evidenceEnd ;
            prov:wasDerivedFrom ?sentence .
    ?article a warta:Article ; schema:identifier ?articleId ; nif:isString ?text .
    OPTIONAL { ?sentence nif:anchorOf ?anchor }
    OPTIONAL { ?report sem:hasBeginTimeStamp ?b
               OPTIONAL { ?report sem:hasEndTimeStamp ?eStamp }  # none: it ends when it begins
               BIND(COALESCE(?eStamp, ?b) AS ?e) }
    OPTIONAL { ?report warta:virtual ?virtual }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article warta:publishedInferred ?inferred }
    OPTIONAL { ?article schema:publisher ?publisher }
    OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article schema:headline ?headline }
  }
  OPTIONAL { ?report warta:timeExpression ?timeExpression }
  ${SENTENCE_OFFSETS}
  BIND(COALESCE(?anchor, SUBSTR(?text, ?sentenceBegin + 1, ?sentenceEnd - ?sentenceBegin)) AS ?sentenceText)
  BIND(STR(?b) AS ?begin)
  BIND(STR(?e) AS ?end)
}
ORDER BY ?published ?articleId ?report
LIMIT ${SOURCES_SHOWN}`;
}

function qReportEntities(meeting) {
  return `
SELECT ?report ?role ?entity ?name ?type ?wikidata
WHERE {
  GRAPH <${CORPUS}> { ${meeting} warta:hasReport ?report }
  GRAPH ?g {
    { ?report sem:hasActor ?entity BIND("participant" AS ?role) }
    UNION
    { ?report sem:hasPlace ?entity BIND("place" AS ?role) }
  }
${ENTITY_DESCRIPTION}
}
ORDER BY ?report ?role ?name`;
}

// The mentions inside the reports' sentences, where the store has the full annotation layer (none in a lean one).
function qSentenceMentions(meeting) {
  return `
SELECT DISTINCT ?sentence ?begin ?end ?entity ?name ?type ?wikidata
WHERE {
  GRAPH <${CORPUS}> { ${meeting} warta:hasReport ?report }
  GRAPH ?g { ?report prov:wasDerivedFrom ?sentence }
  GRAPH ?annotations {
    ?mention nif:sentence ?sentence ; nif:beginIndex ?begin ; nif:endIndex ?end ; itsrdf:taIdentRef ?entity .
  }
${ENTITY_DESCRIPTION}
}`;
}

function qConflicts(meeting) {
  return `
SELECT ?why WHERE { GRAPH <${CORPUS}> { ${meeting} warta:hasConflict ?c . ?c rdfs:comment ?why } }`;
}

let selectionToken = 0;

async function selectMeeting(id) {
  const m = state.byId.get(id);
  if (!m) return;
  state.selected = id;
  history.replaceState(null, '', '#/meetings/' + encodeURIComponent(id));
  for (const row of document.querySelectorAll('#meetings tbody tr')) {
    row.classList.toggle('selected', row.dataset.meeting === id);
  }
  for (const item of document.querySelectorAll('#timeline .tl-item')) {
    item.classList.toggle('selected', item.dataset.meeting === id);
  }
  highlightNetwork();
  const panel = document.getElementById('sources');
  panel.replaceChildren(meetingHeader(m), h('p', { class: 'muted' }, 'Loading sources…'));
  if (panel.getBoundingClientRect().top > window.innerHeight * 0.8) {
    panel.scrollIntoView({ behavior: 'smooth', block: 'start' }); // narrow window: the sources are below the table
  }
  const token = ++selectionToken;
  try {
    const iri = sparqlIri(m.iri);
    const [reports, entities, mentions, conflicts] = await Promise.all([select(qReports(iri)),
      select(qReportEntities(iri)), select(qSentenceMentions(iri)), select(qConflicts(iri))]);
    if (token !== selectionToken) return; // another meeting was clicked meanwhile
    panel.replaceChildren(...[meetingHeader(m),
      conflicts.length ? h('div', { class: 'conflicts' }, h('strong', {}, 'Sources disagree: '),
        joinNodes(conflicts.map(c => c.why), '; ')) : null,
      h('h3', { class: 'sources-title' }, reports.length >= SOURCES_SHOWN
        ? `${m.sources} sources, the first ${reports.length} reports shown`
        : `${reports.length} source${reports.length === 1 ? '' : 's'}`),
      ...reports.map(r => sourceCard(r, entities.filter(e => e.report === r.report),
        mentions.filter(x => x.sentence === r.sentence)))].filter(Boolean));
  } catch (err) {
    if (token === selectionToken) {
      panel.replaceChildren(meetingHeader(m), h('p', { class: 'error-inline' }, err.message));
    }
  }
}

function meetingHeader(m) {
  return h('header', { class: 'meeting-head' },
    h('h2', {}, joinNodes(m.participants.map(p => entityLink(p)), ' · ')),
    h('dl', { class: 'facts' },
      h('dt', {}, 'When'), h('dd', {}, m.when,
        m.precision !== 'none' ? h('span', { class: 'precision' }, m.precision) : null),
      h('dt', {}, 'Where'), h('dd', {}, m.places.length ? joinNodes(m.places.map(p => entityLink(p)), ', ')
        : h('span', { class: 'muted' }, 'not reported'), m.virtual ? ' (virtual)' : ''),
      h('dt', {}, 'Status'), h('dd', {}, statusBadge(m.status),
        h('span', { class: 'muted' }, ' as the latest source tells it')),
      h('dt', {}, 'Meeting'), h('dd', {}, h('code', { class: 'iri', title: m.iri }, m.id))));
}

function sourceCard(r, entities, mentions) {
  const participants = entities.filter(e => e.role === 'participant')
    .map(e => ({ iri: e.entity, name: e.name, type: e.type, wikidata: e.wikidata }));
  const places = entities.filter(e => e.role === 'place')
    .map(e => ({ iri: e.entity, name: e.name, type: 'Place', wikidata: e.wikidata }));
  const url = /^https?:\/\//.test(r.url || '') ? r.url : null;
  return h('article', { class: 'source', 'data-report': r.report },
    h('header', {},
      h('span', { class: 'article-id', title: r.article }, r.articleId),
      r.publisher ? h('span', { class: 'publisher' }, r.publisher.replace(/^.*[/#](?=[^/#]+$)/, '')) : null,
      r.published ? h('span', { class: 'published', title: r.inferred === 'true'
        ? 'publication date inferred from the events reported' : 'publication date' },
      formatWhen(r.published), r.inferred === 'true' ? ' (inferred)' : '') : null,
      url ? h('a', { class: 'url', href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗') : null),
    r.headline ? h('p', { class: 'headline' }, r.headline) : null,
    h('p', { class: 'says' },
      statusBadge(r.status), ' ',
      h('span', { class: 'when' }, r.begin ? formatWhen(r.begin, r.end) : 'no date'),
      r.timeExpression ? h('span', { class: 'muted' }, ` from “${r.timeExpression}”`) : null,
      places.length ? [' · ', joinNodes(places.map(p => entityLink(p)), ', ')] : null,
      r.virtual === 'true' ? ' · virtual' : ''),
    h('blockquote', { class: 'sentence' }, sentenceWithSpan(r.sentenceText, Number(r.sentenceBegin),
      Number(r.evidenceBegin), Number(r.evidenceEnd), 'evidence',
      mentions.map(x => ({ begin: Number(x.begin), end: Number(x.end), iri: x.entity, name: x.name, type: x.type,
        wikidata: x.wikidata })))),
    participants.length ? h('p', { class: 'participants' }, h('span', { class: 'muted' }, 'Participants: '),
      joinNodes(participants.map(p => entityLink(p)), ', ')) : null);
}

/**
 * A sentence with one span marked. Offsets are UTF-16 positions in the article, as in the graph; the sentence
 * starts at `offset`, so the span's position in the sentence is its article position minus `offset`. Entity
 * mentions inside the sentence become links to Wikidata.
 */
function sentenceWithSpan(text, offset, begin, end, cls, mentions = []) {
  const lo = Math.min(Math.max(begin - offset, 0), text.length);
  const hi = Math.min(Math.max(end - offset, lo), text.length);
  const sorted = [...mentions].sort((a, b) => a.begin - b.begin);
  const piece = (from, to) => {
    const out = [];
    let at = from;
    for (const m of sorted) {
      const b = m.begin - offset;
      const e = m.end - offset;
      if (b < at || e > to || e <= b) continue;
      out.push(text.slice(at, b), mentionLink(text.slice(b, e), m));
      at = e;
    }
    out.push(text.slice(at, to));
    return out.filter(x => x !== '');
  };
  return [...piece(0, lo), h('mark', { class: cls }, piece(lo, hi)), ...piece(hi, text.length)];
}

function mentionLink(surface, m) {
  const page = wikidataPage(m.wikidata);
  const kind = (m.type || '').toLowerCase();
  const title = `${m.name || localName(m.iri)}${page ? ' on Wikidata' : ''}`;
  return page
    ? h('a', { class: `mention ${kind}`, href: page, target: '_blank', rel: 'noopener', title }, surface)
    : h('span', { class: `mention ${kind}`, title }, surface);
}

// ---------------------------------------------------------------------------------------------------------------
// Search: who said what

/** Each person filter word must occur in the name (case-insensitive). */
function nameFilter(variable, person) {
  return person.toLowerCase().split(/\s+/).filter(Boolean)
    .map(t => `FILTER(CONTAINS(LCASE(STR(${variable})), ${sparqlString(t)}))`).join('\n    ');
}

function qStatements(person, words) {
  return `
SELECT ?statement ?score ?speaker ?speakerName ?speakerType ?speakerWikidata ?text ?kind ?verb ?begin ?end
       ?sentenceText ?sentenceBegin ?articleId ?published ?publisher
WHERE {
  ${words ? `(?statement ?score) text:query (schema:text ${sparqlString(luceneQuery(words))} 500) .` : ''}
  GRAPH ?g {
    ?statement a warta:Statement ; schema:creator ?speaker ;
               nif:beginIndex ?begin ; nif:endIndex ?end ; prov:wasDerivedFrom ?sentence .
    ?article a warta:Article ; schema:identifier ?articleId ; nif:isString ?articleText .
    OPTIONAL { ?statement warta:kind ?kind }
    OPTIONAL { ?statement schema:text ?said }
    OPTIONAL { ?sentence nif:anchorOf ?anchor }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article schema:publisher ?publisher }
  }
  GRAPH <${ENTITIES}> {
    ?speaker schema:name ?speakerName .
    ${person ? nameFilter('?speakerName', person) : ''}
    OPTIONAL { ?speaker owl:sameAs ?speakerWikidata }
    OPTIONAL { VALUES (?class ?speakerType) { (warta:Person "Person") (warta:State "State")
                                              (warta:Organization "Organization") } ?speaker a ?class }
  }
  OPTIONAL { ?statement warta:reportingVerb ?verb }
  BIND(COALESCE(STR(?said), SUBSTR(?articleText, ?begin + 1, ?end - ?begin)) AS ?text)
  ${SENTENCE_OFFSETS}
  BIND(COALESCE(?anchor, SUBSTR(?articleText, ?sentenceBegin + 1, ?sentenceEnd - ?sentenceBegin)) AS ?sentenceText)
}
ORDER BY DESC(?score) ?published ?articleId ?begin
LIMIT 200`;
}

// Articles, searched whole (the lean graph keeps no sentence text); the page shows the sentence of the first match.
function qArticles(person, words) {
  return `
SELECT ?article ?score ?text ?articleId ?headline ?published ?publisher
WHERE {
  ${words ? `(?article ?score) text:query (nif:isString ${sparqlString(luceneQuery(words))} 100) .` : ''}
  GRAPH ?g {
    ?article a warta:Article ; nif:isString ?text ; schema:identifier ?articleId .
    OPTIONAL { ?article schema:headline ?headline }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article schema:publisher ?publisher }
    ${person ? `FILTER EXISTS {
      ?article schema:mentions ?entity .
      GRAPH <${ENTITIES}> { ?entity schema:name ?entityName . ${nameFilter('?entityName', person)} }
    }` : ''}
  }
}
ORDER BY DESC(?score) DESC(?published) ?articleId
LIMIT 50`;
}

// The names offered in the search box: every person (the entities graph describes each once).
const Q_SPEAKERS = `
SELECT DISTINCT ?name WHERE { GRAPH <${ENTITIES}> { ?p a warta:Person ; schema:name ?name } }
ORDER BY ?name
LIMIT 5000`;

async function loadSpeakers() {
  const list = document.getElementById('speakers');
  const rows = await select(Q_SPEAKERS);
  list.replaceChildren(...rows.map(r => h('option', { value: r.name })));
}

let searchToken = 0;

async function runSearch(person, words) {
  const out = document.getElementById('search-results');
  document.getElementById('search-person').value = person;
  document.getElementById('search-words').value = words;
  if (!person.trim() && !words.trim()) {
    out.replaceChildren();
    return;
  }
  const token = ++searchToken;
  out.replaceChildren(h('p', { class: 'muted' }, 'Searching…'));
  try {
    const [statements, articles] = await Promise.all([select(qStatements(person.trim(), words.trim())),
      select(qArticles(person.trim(), words.trim()))]);
    if (token !== searchToken) return;
    const terms = words.toLowerCase().split(/\s+/).filter(t => t.length >= 2);
    out.replaceChildren(
      h('article', { class: 'card results', id: 'statement-results' },
        h('header', { class: 'card-head' }, h('h2', {}, 'Statements'),
          h('span', { class: 'count' }, String(statements.length))),
        statements.length ? statements.map(st => statementCard(st, terms))
          : h('p', { class: 'muted' }, 'No statement matches.')),
      h('article', { class: 'card results', id: 'sentence-results' },
        h('header', { class: 'card-head' }, h('h2', {}, 'Articles'),
          h('span', { class: 'count' }, String(articles.length) + (articles.length === 50 ? '+' : ''))),
        articles.length ? articles.map(a => articleCard(a, terms))
          : h('p', { class: 'muted' }, 'No article matches.')));
  } catch (err) {
    if (token !== searchToken) return;
    out.replaceChildren();
    showError(err);
  }
}

function statementCard(st, terms) {
  return h('div', { class: 'hit statement' },
    h('div', { class: 'hit-head' },
      entityLink({ iri: st.speaker, name: st.speakerName, type: st.speakerType || 'Person',
        wikidata: st.speakerWikidata }, 'speaker'),
      st.verb ? h('span', { class: 'muted' }, ` ${st.verb}`) : null,
      st.kind ? h('span', { class: `kind ${st.kind}` }, st.kind) : null,
      sourceLine(st)),
    h('p', { class: 'quote' }, markWords(st.text, terms)),
    h('p', { class: 'sentence small' }, sentenceWithSpan(st.sentenceText, Number(st.sentenceBegin), Number(st.begin),
      Number(st.end), 'quote')));
}

/** An article that matches: its headline and the sentence of its first matching word (else its beginning). */
function articleCard(a, terms) {
  return h('div', { class: 'hit' },
    h('div', { class: 'hit-head' }, sourceLine(a)),
    a.headline ? h('p', { class: 'headline' }, a.headline) : null,
    h('p', { class: 'sentence' }, markWords(sentenceOfFirstMatch(a.text, terms), terms)));
}

/** The sentence around the first word that begins with a search term: from the last full stop before it. */
function sentenceOfFirstMatch(text, terms) {
  let at = -1;
  if (terms.length) {
    const alternatives = terms.map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const m = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'iu').exec(text);
    at = m ? m.index : -1;
  }
  if (at < 0) return text.slice(0, 240) + (text.length > 240 ? '…' : '');
  const before = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at));
  const start = before < 0 ? 0 : before + 1;
  const stops = ['. ', '? ', '! ', '\n'].map(p => text.indexOf(p, at)).filter(i => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(start, end).trim();
}

function sourceLine(r) {
  return h('span', { class: 'source-line' }, h('span', { class: 'article-id' }, r.articleId),
    r.publisher ? ` · ${r.publisher}` : '', r.published ? ` · ${formatWhen(r.published)}` : '');
}

/**
 * Marks the words of the text that begin with a search term. Lucene matched stems ("sanksinya" for "sanksi"),
 * so a word that starts with the term is the closest the page can show without the index's own highlighter.
 */
function markWords(text, terms) {
  if (!terms.length) return [text];
  const alternatives = terms.map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})[\\p{L}\\p{N}]*`, 'giu');
  const out = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(at, m.index), h('mark', { class: 'hit-word' }, m[0]));
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out.filter(x => x !== '');
}

// ---------------------------------------------------------------------------------------------------------------
// Example queries: the shipped .rq files, listed by queries/ (queries/index.txt) and served at queries/NAME.rq

async function renderQueries() {
  const list = document.getElementById('query-list');
  if (list.childElementCount) return;
  document.getElementById('endpoint-url').textContent = new URL(ENDPOINT, location.href).href;
  const index = await fetch('queries/');
  if (!index.ok) throw new Error(`Cannot list the shipped queries: queries/ answered ${index.status}`);
  const files = (await index.text()).split('\n').map(l => l.trim()).filter(l => /^[\w.-]+\.rq$/.test(l));
  const texts = await Promise.all(files.map(f => fetch(`queries/${f}`).then(r => (r.ok ? r.text() : null))));
  files.forEach((file, i) => {
    const text = texts[i];
    if (text === null) return;
    const name = file.replace(/\.rq$/, '');
    const about = text.split('\n').filter(l => l.startsWith('#')).map(l => l.replace(/^#\s?/, '')).join(' ');
    const results = h('div', { class: 'query-results' });
    list.append(h('section', { class: 'query', id: `query-${name}` },
      h('header', {}, h('h3', {}, name),
        h('button', { type: 'button', onclick: () => runExample(text, results) }, 'Run'),
        h('a', { class: 'button', href: `ui/#/dataset/kg/query?query=${encodeURIComponent(text)}`,
          target: '_blank', rel: 'noopener' }, 'Open in SPARQL editor'),
        h('a', { class: 'button', href: `queries/${file}`, download: file }, file)),
      h('p', {}, about),
      h('details', {}, h('summary', {}, 'Query'), h('pre', {}, text)),
      results));
  });
}

async function runExample(query, box) {
  box.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
  try {
    const res = await fetch(ENDPOINT, {
      method: 'POST', body: query,
      headers: SPARQL_HEADERS,
    });
    if (!res.ok) throw new Error(`The SPARQL endpoint answered ${res.status}: ${(await res.text()).slice(0, 600)}`);
    const json = await res.json();
    const vars = json.head.vars;
    const rows = json.results.bindings;
    const cell = v => {
      if (!v) return '';
      const page = v.type === 'uri' ? wikidataPage(v.value) : null;
      if (page) return h('a', { href: page, target: '_blank', rel: 'noopener' }, localName(v.value));
      return v.type === 'uri' ? h('code', { title: v.value }, localName(v.value)) : v.value;
    };
    box.replaceChildren(h('p', { class: 'muted' }, `${rows.length} row${rows.length === 1 ? '' : 's'}`
      + (rows.length > 300 ? ', the first 300 shown' : '')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data compact' },
      h('thead', {}, h('tr', {}, vars.map(v => h('th', {}, v)))),
      h('tbody', {}, rows.slice(0, 300).map(r => h('tr', {}, vars.map(v => h('td', {}, cell(r[v])))))))));
  } catch (err) {
    box.replaceChildren(h('p', { class: 'error-inline' }, err.message));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Views and start-up. The hash names the view: #/meetings[/ID], #/search?person=…&q=…, #/queries.

let meetingsReady = null;

function route() {
  clearError();
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [view = 'meetings', arg] = path.split('/');
  const name = ['meetings', 'search', 'queries'].includes(view) ? view : 'meetings';
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== `view-${name}`;
  for (const a of document.querySelectorAll('.tabs a[data-view]')) {
    a.classList.toggle('active', a.dataset.view === name);
  }
  if (name === 'meetings') {
    renderTimeline(); // its width depends on the now visible container
    if (arg) meetingsReady.then(() => { if (state.selected !== arg) selectMeeting(decodeURIComponent(arg)); });
  } else if (name === 'search') {
    const params = new URLSearchParams(query);
    runSearch(params.get('person') ?? '', params.get('q') ?? '');
  } else {
    renderQueries().catch(showError);
  }
}

function start() {
  document.getElementById('meeting-filter').addEventListener('input', e => {
    state.filter = e.target.value;
    renderTable();
  });
  for (const th of document.querySelectorAll('#meetings th')) {
    th.querySelector('button').addEventListener('click', () => {
      const key = th.dataset.key;
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : (key === 'sources' ? -1 : 1) };
      renderTable();
    });
  }
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const params = new URLSearchParams();
    const person = document.getElementById('search-person').value.trim();
    const words = document.getElementById('search-words').value.trim();
    if (person) params.set('person', person);
    if (words) params.set('q', words);
    const target = '#/search' + (params.toString() ? '?' + params : '');
    if (location.hash === target) route(); else location.hash = target;
  });
  let resizeTimer;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (state.meetings.length) renderTimeline(); }, 100);
  }).observe(document.getElementById('timeline'));
  window.addEventListener('hashchange', route);

  document.getElementById('page-newer').addEventListener('click', () => goToPage(state.page - 1));
  document.getElementById('page-older').addEventListener('click', () => goToPage(state.page + 1));
  meetingsReady = loadPage().then(() => {
    renderTable();
    try {
      renderNetwork();
      highlightNetwork();
    } catch (err) {
      showError(err); // the table and timeline still work without the network
    }
  }, err => {
    document.querySelector('#meetings tbody').replaceChildren(h('tr', { class: 'placeholder' },
      h('td', { colspan: 6 }, 'Could not load the meetings.')));
    showError(err);
  });
  loadSpeakers().catch(showError);
  route();
}

start();
