"""The options many commands share, each defined once: output, article, language."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from sco_cli.app import App
from sco_cli.commandline.completers import complete_files

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from sco_cli.dataset.names import CountryNames
    from sco_cli.reports import Report

FORMATS = ("auto", "rich", "plain", "json", "jsonl", "csv", "tsv", "markdown")
COLORS = ("auto", "always", "never")
THEMES = ("auto", "light", "dark")
# Formats only some commands write (output.FORMATTERS has them), with their help.
EXTRA_FORMAT_HELP = {"claimreview": "schema.org ClaimReview JSON-LD, one review a claim."}
F = TypeVar("F", bound=Callable[..., Any])


def _set_on_app(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """--article and --max-size after the command name: as if given before it.
    SCO_ARTICLE counts only where no --article was given, and only for the
    commands that read an article (the others do not take the option at all)."""
    if value is None:
        return
    app = ctx.ensure_object(App)
    from_env = ctx.get_parameter_source(param.name or "") is click.core.ParameterSource.ENVIRONMENT
    if from_env and app.article_path is not None:
        return
    if param.name == "max_size":
        from sco_cli.article.reading import parse_size

        app.max_size = parse_size(value)
    else:
        app.article_path = value


def article_options(*, group: bool = False, article: bool = True) -> Callable[[F], F]:
    """--article and --max-size, on the group (`sco --article PATH sections`) and on
    each text command (`sco sections --article PATH`), which work alike. Only the
    commands that read an article take them (`article=False`: --max-size alone, for
    a command that reads its own inputs); the group refuses them for the others."""
    from sco_cli.registry import READS_ARTICLE, listed

    if group:
        article_help = (
            "Read another article in the same layout (- for standard input) with "
            f"{listed(READS_ARTICLE)}; the others refuse it (exit 2) and ignore SCO_ARTICLE."
        )
        size_help = (
            "Refuse an --article (or an input of sco check) larger than this (bytes, or with "
            "K, M or G).  [default: 20M]"
        )
    else:
        article_help = (
            "Another article in the same layout (- for standard input); see `sco --help`. "
            "[env: SCO_ARTICLE]"
        )
        size_help = "Refuse an --article larger than this (bytes, or with K, M or G; default 20M)."
    if not article:
        size_help = "Refuse an input larger than this (bytes, or with K, M or G; default 20M)."

    def decorate(command: F) -> F:
        command = click.option(
            "--max-size",
            "max_size",
            metavar="SIZE",
            expose_value=False,
            callback=_set_on_app,
            help=size_help,
        )(command)
        if not article:
            return command
        return click.option(
            "--article",
            "article_path",
            metavar="PATH",
            envvar=None if group else "SCO_ARTICLE",
            shell_complete=complete_files,
            expose_value=False,
            callback=_set_on_app,
            help=article_help,
        )(command)

    return decorate


def output_options(
    *fields: str,
    extra_formats: tuple[str, ...] = (),
    database: str | None = None,
    passes: tuple[str, ...] = (),
) -> Callable[[Callable[..., Report]], Callable[..., None]]:
    """Add the output options to a command that returns a Report, and print that
    Report. `fields` are the record fields --fields accepts (listed in --help);
    `extra_formats` are formats only this command writes (see EXTRA_FORMAT_HELP);
    `database`, what --export FILE.db writes, for a command whose Report has one;
    `passes`, the output options the command receives too, as keyword arguments
    (`export`, `fields`), where what it builds depends on them: a command never
    reads them from the click context."""
    export_help = "Write the rich view to a new FILE (.svg, .html, .png or .txt) instead of stdout."
    if database is not None:
        export_help = (
            "Write the rich view to a new FILE (.svg, .html, .png or .txt), or "
            f"{database} to a new SQLite database (.db, .sqlite or .sqlite3, with "
            "FILE.metadata.json for Datasette), instead of stdout."
        )

    def complete_fields(
        ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        from click.shell_completion import CompletionItem

        done, _, last = incomplete.rpartition(",")
        prefix = f"{done}," if done else ""
        return [CompletionItem(prefix + f) for f in fields if f.startswith(last)]

    def decorate(command: Callable[..., Report]) -> Callable[..., None]:
        @click.option(
            "--format",
            "output_format",
            type=click.Choice(FORMATS + extra_formats, case_sensitive=False),
            default="auto",
            show_default=True,
            help="auto: rich on a terminal, plain when piped. plain: one record a line, "
            "tab-separated. json: one document. jsonl: one record a line. csv (RFC 4180), "
            "tsv, markdown: a table with a header."
            + "".join(f" {f}: {EXTRA_FORMAT_HELP[f]}" for f in extra_formats),
        )
        @click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
        @click.option(
            "--fields",
            metavar="A,B,...",
            multiple=True,
            callback=_split_fields,
            shell_complete=complete_fields,
            help=f"Only these fields, in this order: {', '.join(fields)}. Repeat to add more.",
        )
        @click.option(
            "--no-headers", is_flag=True, help="Leave out the header line (csv, tsv, markdown)."
        )
        @click.option(
            "--export",
            metavar="FILE",
            shell_complete=complete_files,
            help=export_help,
        )
        @click.option(
            "--color",
            type=click.Choice(COLORS, case_sensitive=False),
            default="auto",
            show_default=True,
            help="Colour: auto (on a terminal, unless NO_COLOR or TERM=dumb), always (the "
            "rich view, coloured, even in a pipe) or never.",
        )
        @click.option(
            "--theme",
            type=click.Choice(THEMES, case_sensitive=False),
            default="auto",
            show_default=True,
            help="The background the colours are for: light or dark (each reads at 4.5:1 or "
            "more on it). auto: light for --export; on a terminal SCO_THEME, else COLORFGBG, "
            "else mid-tones that read on both.",
        )
        @click.option(
            "--no-pager",
            is_flag=True,
            help="Print a long view straight to the terminal, not through SCO_PAGER, PAGER "
            "or less -FRX (never used in a pipe).",
        )
        @functools.wraps(command)
        def wrapper(
            *args: Any,
            output_format: str,
            as_json: bool,
            fields: tuple[str, ...],
            no_headers: bool,
            export: str | None,
            color: str,
            theme: str,
            no_pager: bool,
            **kwargs: Any,
        ) -> None:
            from sco_cli.output.formats import OutputOptions, emit

            fmt = output_format.lower()
            if as_json and fmt not in ("auto", "json"):
                raise click.UsageError(f"--json and --format {fmt} ask for two formats: give one")
            if export is not None and (as_json or fmt not in ("auto", "rich")):
                shown = "json" if as_json else fmt
                raise click.UsageError(
                    f"--export writes the rich view to a file and --format {shown} prints to "
                    "stdout: give one"
                )
            options = OutputOptions(
                format="json" if as_json else fmt,
                fields=fields,
                headers=not no_headers,
                export=export,
                color=color.lower(),
                theme=theme.lower(),
                pager=not no_pager,
            )
            given = {"export": export, "fields": fields, "output_format": output_format}
            kwargs.update((name, given[name]) for name in passes)
            report = command(*args, **kwargs)
            try:
                emit(report, options)
            except BrokenPipeError:
                if not report.exit_code:
                    raise  # a reader that went away is success (app.ScoGroup)
                # The verdict was reached before the output: a closed pipe keeps it
                # (`sco check DIR | grep -q contradicts` exits 4 under pipefail).
                from sco_cli.app import quiet_broken_pipe

                quiet_broken_pipe()
            if report.exit_code:
                click.get_current_context().exit(report.exit_code)

        wrapper.record_fields = fields  # type: ignore[attr-defined] # for `sco schema records`
        return wrapper

    return decorate


def _split_fields(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    """--fields a,b --fields c is --fields a,b,c."""
    fields = tuple(f.strip() for value in values for f in value.split(",") if f.strip())
    if values and not fields:
        raise click.BadParameter("name at least one field", ctx=ctx, param=param)
    return fields


def _complete_languages(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    from sco_cli.dataset.names import language_tags

    wanted = incomplete.replace("_", "-").lower()
    return [CompletionItem(tag) for tag in language_tags() if tag.lower().startswith(wanted)]


def _make_localizer(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> CountryNames | None:
    if value is None:
        return None
    from sco_cli.dataset.names import CountryNames

    return CountryNames(value)


lang_option = click.option(
    "--lang",
    "localize",
    metavar="TAG",
    callback=_make_localizer,
    shell_complete=_complete_languages,
    help="Country names (and, on a terminal, dates) in this language too: a BCP 47 tag "
    "such as zh, zh-Hant, ru, kk or en-GB (CLDR, through Babel). JSON keeps the English "
    "name and adds name_local.",
)


def valid_text(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Text the user typed must be text: bytes that are not UTF-8 (which Python
    keeps as lone surrogates) exit 2 here, not 3 when the answer echoes them."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise click.BadParameter(
                "holds bytes that are not UTF-8 text (use a UTF-8 locale, LANG=C.UTF-8)",
                ctx=ctx,
                param=param,
            ) from None
    return value
