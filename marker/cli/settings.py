"""``marker config``: where marker reads its settings, and what they are."""

from __future__ import annotations

from marker.cli.common import add_command
from marker.config import Config


def register(commands) -> None:
    add_command(commands, "config", cmd_config, help="show where marker reads its settings and what they are")


def cmd_config(args, config: Config) -> int:
    from marker.config import cache_dir, config_path

    print(f"config file:   {config_path()}{'' if config.path else ' (not created yet; defaults in use)'}")
    print(f"your name:     {config.assessor or '(not set yet: asked the first time marker needs it)'}")
    print(f"role:          {config.role}")
    print(f"centre:        {config.centre_number or '-'} {config.centre_name}")
    print(f"sessions:      {config.sessions_folder()}")
    print(f"cache:         {cache_dir()}")
    print("rubric folders:", *[f"  {p}" for p in config.rubric_folders()], sep="\n")
    return 0
