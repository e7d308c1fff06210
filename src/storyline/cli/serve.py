"""`storyline serve`: the JSON API on a local port."""

from __future__ import annotations

import typer

from storyline.cli.app import app
from storyline.cli.common import DB_OPTION, guarded, settings_with


@app.command("serve")
def serve_command(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Serve the stored record over HTTP (JSON API at /api, OpenAPI docs at /docs)."""
    import uvicorn

    from storyline.api import create_app

    with guarded():
        application = create_app(settings_with(db).db)
    uvicorn.run(application, host=host, port=port, log_level="warning")
