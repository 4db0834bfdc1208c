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


def complete_sections(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    app = ctx.find_object(App)
    wanted = incomplete.lower()
    items: dict[str, CompletionItem] = {}
    for section in (app or App()).article.sections:
        heading = section.heading or "the untitled lead"
        for name in (section.slug, *section.keywords):
            if name.startswith(wanted) and name not in items:
                items[name] = CompletionItem(name, help=heading)
    return list(items.values())
