"""The `medgraph` command. Thin: parses arguments, calls pipeline/queries/export, prints.

Every query command takes --json and then prints exactly what the HTTP API returns.
Store selection comes from the environment (MEDGRAPH_STORE, MEDGRAPH_DATA_DIR, NEO4J_*)
or --store.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from medgraph import queries
from medgraph.gcpause import allowing_freeze
from medgraph.settings import get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Knowledge graph of Beijing's innovative-medicine policy.")
console = Console()
err = Console(stderr=True)

AsOfOpt = typer.Option(None, "--as-of", help="answer as on this date (YYYY-MM-DD): only measures in force then")
StoreOpt = typer.Option(None, "--store", help="embedded or neo4j (default: $MEDGRAPH_STORE or embedded)")
JsonOpt = typer.Option(False, "--json", help="print JSON (same shape as the HTTP API)")


def _store(store: Optional[str]):
    if store:
        os.environ["MEDGRAPH_STORE"] = store
        get_settings.cache_clear()
    from medgraph.store import open_store

    try:
        return open_store(get_settings())
    except Exception as exc:  # unreachable Neo4j, locked data dir…
        _err_line(f"error: cannot open the {get_settings().store} store: {exc}")
        raise typer.Exit(2)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _fail(exc: Exception, as_json: bool) -> None:
    if isinstance(exc, queries.NotFound):
        if as_json:
            _print_json({"error": exc.message, "close_matches": exc.close})
        else:
            err.print(f"[red]{exc.message}[/red]")
            if exc.close:
                err.print("close matches: " + "; ".join(f"{c['id']} ({c['name']})" for c in exc.close))
        raise typer.Exit(1)
    if isinstance(exc, queries.BadRequest):
        if as_json:
            _print_json({"error": str(exc)})
        else:
            err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    raise exc


def _err_line(text: str) -> None:
    """One plain line on stderr: no Rich markup (paths may contain [brackets]), no wrapping."""
    sys.stderr.write(" ".join(str(text).split()) + "\n")
    sys.stderr.flush()


def _ask(store: Optional[str], as_json: bool, fn, *args, **kw):
    """Open the store, ask one question, close it; NotFound/BadRequest become the CLI's
    messages and exit codes (1 and 2)."""
    s = _store(store)
    try:
        return fn(s, *args, **kw)
    except Exception as exc:
        _fail(exc, as_json)
    finally:
        s.close()


def _print_counts(counts: dict) -> None:
    t = Table(title="graph contents")
    t.add_column("kind")
    t.add_column("name")
    t.add_column("count", justify="right")
    for k, v in sorted(counts.get("labels", {}).items()):
        t.add_row("node", k, str(v))
    for k, v in sorted(counts.get("types", {}).items()):
        t.add_row("edge", k, str(v))
    console.print(t)


@app.command()
def load(
    paths: list[Path] = typer.Argument(None, help="files or folders; none = the bundled corpus"),
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
    force: bool = typer.Option(False, "--force", help="re-extract even when the content is unchanged"),
    jurisdiction: Optional[str] = typer.Option(
        None, "--jurisdiction", "-j",
        help="the place these documents belong to (上海市, 广东省, 十堰市, 国家), for texts that never name "
             "their own: resolves 市科技局 and the like only when the text names no place itself"),
) -> None:
    """Load documents (txt, md, html, pdf, docx) into the graph. Reloading is a no-op
    (unless --force, or another --jurisdiction than the stored document was given)."""
    from medgraph.extract.given_place import UnknownJurisdiction, normalize
    from medgraph.pipeline import LoadAborted
    from medgraph.pipeline import load as run_load

    try:
        normalize(jurisdiction)
    except UnknownJurisdiction as exc:
        _err_line(f"error: --jurisdiction: {exc}")
        raise typer.Exit(2)
    s = _store(store)
    try:
        show = not as_json and sys.stderr.isatty()
        with Progress(TextColumn("[bold]loading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      TextColumn("{task.description}"), console=err, disable=not show) as bar:
            task = bar.add_task("", total=None)

            def progress(i: int, total: int, path: str) -> None:
                bar.update(task, total=total, completed=i - 1, description=Path(path).name[:40])

            with allowing_freeze():  # this process is ours: a loaded graph may stay out of GC scans
                report = run_load(s, paths or None, progress=progress, force=force, settings=get_settings(),
                                  jurisdiction=jurisdiction)
            bar.update(task, completed=report and len(report.loaded) + len(report.unchanged) + len(report.failed))
    except LoadAborted as exc:  # store down or locked mid-load: one line, what was done, how to finish
        if as_json:
            _print_json({**exc.report.to_dict(), "error": str(exc)})
        else:
            for path, reason in exc.report.failed:
                _err_line(f"failed {path}: {reason}")
            _err_line(f"error: load aborted: {exc}")
        raise typer.Exit(2)
    except Exception as exc:  # any other store error: a message, not a traceback
        _err_line(f"error: load aborted: {type(exc).__name__}: {' '.join(str(exc).split())}")
        raise typer.Exit(2)
    finally:
        s.close()
    if as_json:
        _print_json(report.to_dict())
    else:
        console.print(f"loaded {len(report.loaded)} document(s), {len(report.unchanged)} unchanged, {len(report.failed)} failed")
        for path, reason in report.failed:
            _err_line(f"failed {path}: {reason}")
        for w in report.warnings:
            _err_line(f"warning {w}")
        _print_counts(report.counts)
    if report.failed and not report.loaded and not report.unchanged:
        raise typer.Exit(1)


@app.command()
def owner(
    measure: str = typer.Argument(..., help="measure id, number (17, 十七, (十七), 第十七条) or heading words"),
    policy: str = typer.Option("", "--policy", help="policy id, year or words of its title (e.g. 2026)"),
    as_of: Optional[str] = AsOfOpt,
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Which bureau owns a measure, on what evidence, and the chain above it."""
    ans = _ask(store, as_json, queries.owners, measure, policy, as_of)
    if as_json:
        _print_json(ans)
        if ans["measure"] is None:
            raise typer.Exit(3)
        return
    if ans["measure"] is None:
        err.print(f"[yellow]{measure!r} matches {len(ans['candidates'])} measures; pick one by id or add --policy:[/yellow]")
        for c in ans["candidates"]:
            err.print(f"  {c['id']}  ({c['number']}) {c['name']}  [{c['policy']}]")
        raise typer.Exit(3)
    m = ans["measure"]
    console.print(f"[bold]{m['name']}[/bold]  ({m['id']}, measure {m['number']} of {m['policy']})")
    v = m.get("validity") or {}
    if v:
        console.print(f"  in force {v.get('from') or '?'} → {v.get('to') or 'open'}  [dim]({v.get('from_basis')}; {v.get('to_basis')})[/dim]")
    for role in ("lead", "support"):
        for b in ans[role]:
            note = "  [yellow]only news/analysis say so[/yellow]" if b.get("reporting_only") else ""
            console.print(f"  {role:<7} [bold]{b['name']}[/bold]  basis={b['basis']} confidence={b['confidence']:.2f}{note}")
            for ev in b["evidence"][:3]:
                console.print(f"          “{ev['quote'][:80]}”  [dim]{ev['document']}[{ev['start']}:{ev['end']}] "
                              f"{ev.get('source_kind', '')}[/dim]")
    if ans["chain"]:
        console.print("  chain   " + " → ".join([ans["lead"][0]["name"], *[c["name"] for c in ans["chain"]]]))
    if ans["candidates"]:
        console.print("  also matched: " + "; ".join(f"{c['id']} {c['name']}" for c in ans["candidates"][:5]))


@app.command()
def impact(
    source: str = typer.Argument(..., metavar="FROM", help="entity id or name"),
    to: Optional[str] = typer.Option(None, "--to", help="a label (District, Product, …) or an entity id/name"),
    max_hops: int = typer.Option(3, "--max-hops", min=1, max=queries.MAX_HOPS),
    direction: Optional[str] = typer.Option(None, "--direction",
                                            help="out, in or both (default: out; in for a District)"),
    limit: int = typer.Option(50, "--limit", min=1, max=1000),
    as_of: Optional[str] = AsOfOpt,
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Paths from an entity to a label or another entity, shortest first, with evidence."""
    ans = _ask(store, as_json, queries.impact, source, to, max_hops=max_hops, limit=limit, direction=direction,
               as_of=as_of)
    if as_json:
        _print_json(ans)
        return
    console.print(f"{len(ans['paths'])} path(s) from {ans['from']['name']} ({ans['from']['id']})")
    for p in ans["paths"]:
        parts = []
        prev = None
        for x in p:
            if "type" in x:  # an edge keeps its true direction whichever way the path walks
                parts.append(f"-[{x['type']}]->" if x["source"] == prev else f"<-[{x['type']}]-")
            else:
                parts.append(x["name"])
                prev = x["id"]
        console.print("  " + " ".join(parts), soft_wrap=True)
    if ans.get("truncated"):
        console.print("  (the search stopped at its budget: longer or further paths may exist; "
                      "narrow it with --to or a smaller --max-hops)")


@app.command()
def search(
    text: str,
    label: Optional[str] = typer.Option(None, "--label"),
    limit: int = typer.Option(20, "--limit", min=1, max=500),
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Find entities by name or alias, in either script."""
    hits = _ask(store, as_json, queries.search, text, label, limit)
    if as_json:
        _print_json(hits)
        return
    for h in hits:
        console.print(f"{h['label']:<13} {h['id']:<48} {h['name']}")
    if not hits:
        err.print(f"no entity matches {text!r}")
        raise typer.Exit(1)


@app.command()
def measures(
    policy: str = typer.Option("", "--policy"),
    as_of: Optional[str] = AsOfOpt,
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
) -> None:
    """List measures with their lead bureaus (--as-of: only those in force on that date)."""
    rows = _ask(store, as_json, queries.measure_table, policy, as_of)
    if as_json:
        _print_json(rows)
        return
    t = Table()
    for c in ("policy", "no.", "measure", "lead", "basis"):
        t.add_column(c)
    for r in rows:
        t.add_row(r["policy"], str(r["number"]), r["name"], "、".join(x["name"] for x in r["lead"]), "/".join(sorted({x["basis"] for x in r["lead"]})))
    console.print(t)


@app.command()
def export(
    format: str = typer.Option("json", "--format", help="graphml, json or csv"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="file (graphml/json) or folder (csv); default stdout for json"),
    store: Optional[str] = StoreOpt,
) -> None:
    """Export the whole graph (GraphML opens in Gephi)."""
    from medgraph import export as ex

    if format not in ("graphml", "json", "csv"):
        err.print(f"[red]unknown format {format!r}: use graphml, json or csv[/red]")
        raise typer.Exit(2)
    s = _store(store)
    try:
        if format == "json":
            data = ex.export_json(s)
            if output:
                output.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            else:
                _print_json(data)
        elif format == "graphml":
            out = output or Path("medgraph.graphml")
            ex.export_graphml(s, out)
            console.print(f"wrote {out}")
        else:
            out = output or Path("medgraph-csv")
            ex.export_csv(s, out)
            console.print(f"wrote {out}/nodes.csv and {out}/edges.csv")
    finally:
        s.close()


@app.command()
def viz(
    entity: str = typer.Argument(..., metavar="ID", help="entity id (or, for --view chain, a measure number/heading words)"),
    output: Path = typer.Option(..., "-o", "--output", help="HTML file to write (self-contained: opens from disk, offline)"),
    depth: int = typer.Option(1, "--depth", min=1, max=3, help="hops drawn around the entity (neighborhood view)"),
    view: str = typer.Option("neighborhood", "--view", help="neighborhood, chain (a measure's owners) or impact"),
    to: Optional[str] = typer.Option(None, "--to", help="impact view: a label (District, Product, …) or an entity"),
    max_hops: int = typer.Option(3, "--max-hops", min=1, max=queries.MAX_HOPS, help="impact view: longest path"),
    limit: int = typer.Option(150, "--limit", min=1, max=1000, help="most nodes (neighborhood) or paths (impact)"),
    policy: str = typer.Option("", "--policy", help="chain view: policy id, year or title words"),
    store: Optional[str] = StoreOpt,
) -> None:
    """Draw an entity's neighbourhood, a measure's responsibility chain or impact paths to one HTML file."""
    from medgraph import viz as draw

    if view not in draw.NEIGHBORHOOD_VIEWS:
        err.print(f"[red]unknown view {view!r}: use {', '.join(draw.NEIGHBORHOOD_VIEWS)}[/red]")
        raise typer.Exit(2)
    s = _store(store)
    try:
        if view == "neighborhood":
            node = s.get_node(entity) or queries.resolve_entity(s, entity)
            hood = queries.neighborhood(s, node.id, depth=depth, limit=5000)
            nodes, edges, total = draw.cap(hood["nodes"], hood["edges"], limit)
            page = draw.render_neighborhood(nodes, edges, node.id, total=total, depth=depth)
            summary = f"{len(nodes)} of {total} nodes around {node.name} ({node.id})"
        elif view == "chain":
            ans = queries.owners(s, entity, policy)
            if ans["measure"] is None:
                err.print(f"[yellow]{entity!r} matches {len(ans['candidates'])} measures; pick one by id or add --policy:[/yellow]")
                for c in ans["candidates"]:
                    err.print(f"  {c['id']}  ({c['number']}) {c['name']}  [{c['policy']}]")
                raise typer.Exit(3)
            ids = [b["id"] for b in ans["lead"] + ans["support"]] + [c["id"] for c in ans["chain"]]
            labels = {i: n.label for i in ids if (n := s.get_node(i)) is not None}
            page = draw.render_chain(ans, labels=labels)
            summary = f"responsibility chain of {ans['measure']['name']} ({ans['measure']['id']})"
        else:
            ans = queries.impact(s, entity, to, max_hops=max_hops, limit=limit, direction="both")
            page = draw.render_paths(ans)
            summary = f"{len(ans['paths'])} impact path(s) from {ans['from']['name']}"
    except (queries.NotFound, queries.BadRequest) as exc:
        _fail(exc, False)
    finally:
        s.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    console.print(f"wrote {output}: {summary}")


@app.command()
def unload(doc_id: str, store: Optional[str] = StoreOpt, as_json: bool = JsonOpt) -> None:
    """Remove a document and whatever only it supported, then relink editions (as DELETE /documents/{id})."""
    from medgraph import pipeline

    s = _store(store)
    try:
        out = pipeline.unload(s, doc_id, settings=get_settings())
    except pipeline.NotLoaded as exc:
        _err_line(f"error: {exc}; loaded: {', '.join(exc.known) or 'none'}")
        raise typer.Exit(1)
    except pipeline.UnloadRefused as exc:
        _err_line(f"error: {exc}")
        raise typer.Exit(1)
    except pipeline.LoadAborted as exc:
        _err_line(f"error: unload aborted: {exc}")
        raise typer.Exit(2)
    finally:
        s.close()
    doc_id, removed = out["document"], out["removed"]
    if as_json:
        _print_json({"document": doc_id, "removed": removed})
    else:
        console.print(f"unloaded {doc_id}: removed {removed.get('nodes', 0)} node(s) and {removed.get('edges', 0)} edge(s)")
        for w in out["warnings"]:
            _err_line(f"warning {w}")


@app.command()
def ask(
    question: str = typer.Argument(..., help="a question in Chinese, e.g. 手术机器人入院由哪个部门牵头？"),
    as_of: Optional[str] = AsOfOpt,
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Ask in Chinese (either script); answered by one of the queries, with evidence."""
    from medgraph import ask as asking

    try:
        ans = _ask(store, as_json, asking.ask, question, as_of)
    except asking.NotUnderstood as exc:
        if as_json:
            _print_json({"error": exc.message, "understood": exc.understood, "examples": exc.examples})
        else:
            err.print(f"[yellow]{exc.message}[/yellow]")
            err.print("try: " + " / ".join(exc.examples[:5]))
        raise typer.Exit(2)
    if as_json:
        _print_json(ans)
        return
    it = ans["interpretation"]
    console.print(f"[bold]understood:[/bold] {it['in_words']}  [dim]({it['intent']})[/dim]")
    c = ans.get("certainty") or {}
    console.print(("[green]" if ans.get("certain") else "[yellow]") + escape(c.get("in_words", "")) + "[/]")
    a = ans["answer"]
    if it["intent"] == "owner" and a.get("measure"):
        for role in ("lead", "support"):
            for b in a[role]:
                console.print(f"  {role:<7} [bold]{b['name']}[/bold]  basis={b['basis']}"
                              + ("  (推断 inferred)" if b["basis"] == "rule" else ""))
    elif it["intent"] == "owner":
        score = {x["id"]: x.get("score") for x in c.get("candidates") or []}
        for m in a.get("candidates", [])[:10]:
            console.print(f"  candidate {m['id']}  {m['name']}" + (f"  score {score[m['id']]}" if m["id"] in score else ""))
    for ev in ans["evidence"][:5]:
        console.print(f"  “{ev['quote'][:70]}”  [dim]{ev['document']} {ev.get('source_kind', '')}[/dim]")
    console.print(f"  [dim]query: {ans['query']['name']} {ans['query']['params']}[/dim]")


@app.command()
def conflicts(
    entity: Optional[str] = typer.Argument(None, help="only this entity id"),
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Facts on which documents disagree (area, fund size, founding year, place), each value
    with its sources, most authoritative first."""
    from medgraph import conflicts as cf

    ans = _ask(store, as_json, cf.conflicts, entity)
    if as_json:
        _print_json(ans)
        return
    if not ans["conflicts"]:
        console.print("no conflicting facts")
    for c in ans["conflicts"]:
        console.print(f"[bold]{c['entity'].get('name', c['entity']['id'])}[/bold] ({c['entity']['id']}): {c['attribute_words']}")
        for v in c["values"]:
            shown = v.get("name") or "、".join(v.get("as_written") or []) or v["value"]
            console.print(f"  {shown}  [dim]{v['best_source_kind']}[/dim]")
            for src in v["sources"][:3]:
                console.print(f"      “{src['quote'][:60]}”  [dim]{src['document']} {src['source_kind']}[/dim]")


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def evaluate(ctx: typer.Context) -> None:
    """Precision and recall per fact kind against hand-written gold (default tests/corpus/real).

    Same options as `python -m medgraph.evaluate`: --corpus DIR, --json, --details, --split dev|held|all.
    """
    from medgraph import evaluate as ev

    raise typer.Exit(ev.main(list(ctx.args)))


@app.command()
def diff(
    a: str = typer.Argument(..., help="the earlier policy: id, edition year (2025) or 'plan'"),
    b: str = typer.Argument(..., help="the later policy: id, edition year (2026) or 'plan'"),
    store: Optional[str] = StoreOpt,
    as_json: bool = JsonOpt,
) -> None:
    """What changed from policy A to policy B: measures matched/changed/added/removed, targets side by side."""
    from medgraph import editions

    ans = _ask(store, as_json, editions.diff, a, b)
    if as_json:
        _print_json(ans)
        return
    _print_diff(ans)


def _short_doc(doc: str) -> str:
    """doc-002_fcea5f933e28d780 → doc-002 (the JSON keeps the full id)."""
    return doc.split("_", 1)[0] if doc.startswith("doc-") else doc


def _cite(t: dict | None, also: bool = True) -> str:
    """“quote” (document@offset), and the same figure's other quotes (= …); markup-escaped."""
    if not t:
        return ""
    cite = f"“{t['quote']}” ({_short_doc(t.get('document', ''))}@{t.get('start')})"
    if also:
        cite += "".join(f" = “{x['quote']}” ({_short_doc(x['document'])}@{x['start']})" for x in t.get("also") or [])
    return escape(cite)


def _print_diff(ans: dict) -> None:
    """The diff as an analyst's comparison: summary, measures, targets side by side,
    progress reported, then added/removed measures; every figure with its quote."""
    from medgraph import editions

    pa, pb = ans["a"], ans["b"]
    sm = ans["summary"]
    console.print(f"[bold]A[/bold] {pa['name']} ({pa['id']}, {pa['measures']} measures loaded)\n"
                  f"[bold]B[/bold] {pb['name']} ({pb['id']}, {pb['measures']} measures loaded)")
    console.print(f"{sm['matched']} measures matched ({sm['changed']} with changed targets), {sm['added']} added, "
                  f"{sm['removed']} removed · {sm['targets']} targets side by side ({sm['targets_changed']} differ) · "
                  f"{sm['progress']} progress figures")
    for sup in ans["supersedes"]:
        console.print(f"[dim]· {sup['source']} SUPERSEDES {sup['target']}[/dim]")
    for note in ans["notes"]:
        console.print(f"[dim]· {note}[/dim]")
    if ans["matched"]:
        t = Table(title="measures: A → B", show_lines=True)
        for col, w in (("A", 22), ("B", 22), ("match", 5), ("targets: A → B", None)):
            t.add_column(col, overflow="fold", min_width=w)
        for m in ans["matched"]:
            lines = [f"{p['metric']}: {editions.format_target(p['a'])} → {editions.format_target(p['b'])} ({p['change']})"
                     for p in m["targets"]]
            t.add_row(f"{m['a']['number_text']} {m['a']['name']}", f"{m['b']['number_text']} {m['b']['name']}",
                      f"{m['similarity']:.2f}", "\n".join(lines) or "no targets in either")
        console.print(t)
    if ans["targets"]:
        t = Table(title="targets side by side (new = only B states it, dropped = B does not restate it)", show_lines=True)
        for col, w in (("metric", 12), ("A", 9), ("B", 9), ("change", 7), ("quotes [document@offset]", None)):
            t.add_column(col, overflow="fold", min_width=w)
        for r in ans["targets"]:
            where = f"{r['measure_a']} → {r['measure_b']}\n" if r.get("measure_a") else ""
            quotes = "\n".join(f"{side.upper()}: {_cite(r[side])}" for side in ("a", "b") if r[side])
            t.add_row(r["metric"] or "", editions.format_target(r["a"]), editions.format_target(r["b"]), r["change"], where + quotes)
        console.print(t)
    if ans["progress"]:
        t = Table(title="progress reported on these targets", show_lines=True)
        for col, w in (("figure", 14), ("as of", 5), ("reports on", 20), ("quotes (document@offset)", None)):
            t.add_column(col, overflow="fold", min_width=w)
        sources: dict[str, str] = {}
        for r in ans["progress"]:
            f, tg = r["fact"], r["target"]
            sources[_short_doc(f["document"])] = f.get("document_title", "")
            on = f"{r['policy']}{' ' + r['measure_label'] if r['measure_label'] else ''}: " \
                 f"{tg.get('metric', '')} {editions.format_target(tg)}"
            t.add_row(f"{r['metric']} {editions.format_target(f)}", f.get("date") or "—", escape(on),
                      f"{_cite(f)}\ntarget: {_cite(tg, also=False)}")
        console.print(t)
        for doc, title in sorted(sources.items()):
            console.print(f"[dim]  {doc}: {escape(title)}[/dim]")
    for title, rows in (("added in B", ans["added"]), ("removed (only in A)", ans["removed"])):
        if rows:
            t = Table(title=f"{title}: {len(rows)} measures", show_header=False)
            t.add_column("measure", overflow="fold", min_width=20)
            t.add_column("targets", overflow="fold")
            for m in rows:
                t.add_row(f"{m['number_text']} {m['name']}",
                          "; ".join(f"{x['metric']} {editions.format_target(x)}" for x in m["targets"]) or "—")
            console.print(t)


@app.command()
def serve(
    host: Optional[str] = typer.Option(None, "--host", help="interface to bind (default: $MEDGRAPH_HOST or 127.0.0.1)"),
    port: Optional[int] = typer.Option(None, "--port", min=1, max=65535, help="port (default: $MEDGRAPH_PORT or 8000)"),
    store: Optional[str] = StoreOpt,
) -> None:
    """Run the HTTP API (and the browse page). An empty embedded store gets the bundled corpus first."""
    import uvicorn

    from medgraph.api.app import create_app
    from medgraph.pipeline import load as run_load

    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    s = _store(store)
    try:
        from medgraph.catalog import CATALOG_DOC_ID

        if s.name == "embedded" and not [d for d in s.documents() if d.id != CATALOG_DOC_ID]:
            err.print("empty store: loading the bundled corpus first…")
            report = run_load(s, settings=settings)
            err.print(f"loaded {len(report.loaded)} document(s), {len(report.failed)} failed")
            for path, reason in report.failed:
                err.print(f"[red]failed[/red] {path}: {reason}")
        console.print(f"medgraph serving at http://{host}:{port} (browse: /, API docs: /docs)")
        with allowing_freeze():  # the server's process: the graph it reads may stay out of GC scans
            uvicorn.run(create_app(s, get_settings()), host=host, port=port, log_level="info")
    finally:
        s.close()


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
