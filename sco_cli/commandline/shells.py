"""Shell completion that inserts what the shell can read back: a value with a
space (`Sri Lanka`), a quote or a comma arrives whole, in bash, zsh and fish.

click's own classes hand values to the shell bare: bash then inserts `Sri
Lanka` as two words, and fish splits a value at its first comma (`--fields
country,iso2`). These subclasses escape for bash, keep zsh's `_describe` from
reading a colon as the start of the help, and split fish's lines once.
"""

from __future__ import annotations

import re

from click.shell_completion import (
    BashComplete,
    CompletionItem,
    FishComplete,
    ZshComplete,
    add_completion_class,
)

# Characters bash would read as more than a letter: escaped with a backslash.
_BASH_SPECIAL = re.compile(r"""([\s'"\\$`!&;|<>()\[\]{}*?#~])""")


class ScoBashComplete(BashComplete):
    # As click's, but `read -r` keeps the escapes, and the value is added quoted
    # (unquoted, a '*' in it would be expanded as a file pattern).
    source_template = BashComplete.source_template.replace(
        "IFS=',' read type value", "IFS=',' read -r type value"
    ).replace("COMPREPLY+=($value)", 'COMPREPLY+=("$value")')

    def format_completion(self, item: CompletionItem) -> str:
        if item.type != "plain":
            return super().format_completion(item)
        escaped = _BASH_SPECIAL.sub(r"\\\1", item.value)
        return f"{item.type},{escaped}"


class ScoZshComplete(ZshComplete):
    def format_completion(self, item: CompletionItem) -> str:
        # zsh's compadd quotes spaces itself; _describe reads "value:help", so a
        # colon in the value is escaped.
        if item.type == "plain":
            item = CompletionItem(item.value.replace(":", r"\:"), item.type, help=item.help)
        return super().format_completion(item)


class ScoFishComplete(FishComplete):
    # As click's, with the type split off once (a value may hold commas) and the
    # help after a tab, which fish shows beside the value and quotes the value itself.
    source_template = """\
function %(complete_func)s;
    set -l response (env %(complete_var)s=fish_complete COMP_WORDS=(commandline -cp) \
COMP_CWORD=(commandline -t) %(prog_name)s);

    for completion in $response;
        set -l metadata (string split -m 1 "," $completion);

        if test $metadata[1] = "dir";
            __fish_complete_directories $metadata[2];
        else if test $metadata[1] = "file";
            __fish_complete_path $metadata[2];
        else if test $metadata[1] = "plain";
            echo $metadata[2];
        end;
    end;
end;

complete --no-files --command %(prog_name)s --arguments "(%(complete_func)s)";
"""

    def format_completion(self, item: CompletionItem) -> str:
        if item.help:
            return f"{item.type},{item.value}\t{' '.join(item.help.split())}"
        return f"{item.type},{item.value}"


def register() -> None:
    """Put sco's classes in place of click's, for the script and for each completion."""
    for name, cls in (
        ("bash", ScoBashComplete),
        ("zsh", ScoZshComplete),
        ("fish", ScoFishComplete),
    ):
        add_completion_class(cls, name)
