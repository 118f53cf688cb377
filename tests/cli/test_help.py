"""Every headless command answers `--help` in both languages, and the `kpidesk` script hands
every one of them to the command line rather than to the window."""

import argparse

import pytest

from kpidesk import cli
from kpidesk.app import CLI_COMMANDS
from kpidesk.cli_arguments import CliError
from tests.cli.helpers import run


def _subcommands() -> list[str]:
    actions = [a for a in cli.parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


def test_the_script_hands_every_command_to_the_command_line():
    assert sorted(CLI_COMMANDS) == _subcommands()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_command_prints_its_help(lang):
    for command in _subcommands():
        result = run(command, "--help", "--lang", lang, check=False)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.startswith("usage: kpidesk " + command), command


def test_a_help_with_a_percent_sign_prints_as_written():
    # the rates option's help says "0.2 = 0.2 %": argparse once ended on it with a ValueError
    result = run("import", "--help")
    assert "0.2 = 0.2 %" in " ".join(result.stdout.split())


def test_close_period_from_the_shell_is_a_command_not_a_window():
    result = run("close-period", "--help")  # through kpidesk.app.main, as the script
    assert result.stdout.startswith("usage: kpidesk close-period")


def test_a_command_s_own_parser_is_built_alone_and_reads_as_the_full_one():
    only = cli.parser("import")
    [action] = [a for a in only._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(action.choices) == ["import"]  # the other commands' cost ~8 ms a run
    full = cli.parser()
    argv = ["import", "p.kpidesk", "d.csv", "--date", "1", "--rates", "percent", "--lang", "ja"]
    assert only.parse_args(argv) == full.parse_args(argv)
    assert (
        action.choices["import"].format_help()
        == full._subparsers._group_actions[0].choices["import"].format_help()
    )
    with pytest.raises(CliError) as refusal:  # a name no command has: the refusal lists all
        cli.parser("shw").parse_args(["shw", "p.kpidesk"])
    assert str(refusal.value).startswith("argument command: invalid choice: 'shw' (choose from")
    assert all(f"'{command}'" in str(refusal.value) for command in _subcommands())
