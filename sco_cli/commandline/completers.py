"""Completion of values several commands share: file names, section names."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

from sco_cli.app import App


def complete_files(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Let the shell complete file names, as click.Path would."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def shown_item(value: str, help: str | None = None) -> CompletionItem:
    """A completion whose value and help text come from data: shells print the
    help (zsh, fish), so it passes sanitize.shown like everything sco shows."""
    from click.shell_completion import CompletionItem

    from sco_cli.output.sanitize import shown

    return CompletionItem(shown(value), help=None if help is None else shown(help))


def complete_sections(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    app = ctx.find_object(App)
    wanted = incomplete.lower()
    items: dict[str, CompletionItem] = {}
    for section in (app or App()).article.sections:
        heading = section.heading or "the untitled lead"
        for name in (section.slug, *section.keywords):
            if name.startswith(wanted) and name not in items:
                items[name] = shown_item(name, heading)
    return list(items.values())


def complete_paragraphs(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Paragraph numbers (of the --section given before, if any), each with its first words."""
    from click.shell_completion import CompletionItem

    from sco_cli.dataset.query import find_section
    from sco_cli.errors import ScoError

    article = (ctx.find_object(App) or App()).article
    paragraphs = list(article.paragraphs)
    name = ctx.params.get("name")
    if name:
        import contextlib

        with contextlib.suppress(ScoError):  # an unknown section: every paragraph
            paragraphs = list(find_section(article, name).paragraphs)
    return [
        CompletionItem(str(p.number), help=" ".join(p.text.split()[:8]) + " ...")
        for p in paragraphs
        if str(p.number).startswith(incomplete)
    ]
