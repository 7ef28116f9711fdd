"""Every ``Flask`` the contract tests run against: each stage's, and the real one.

A stage from 5 on joins by appending its package to ``IMPLEMENTATIONS`` and its
package name to ``IDS``. The ids are the package names because the Makefile picks a
stage's cases with ``-k "<package> or flask"``; no test name may contain either word.
"""

from __future__ import annotations

import flask
import flask.views  # noqa: F401 - the contract reaches View and MethodView as impl.views
import stage05_app
import stage06_contexts
import stage07_sessions
import stage08_templates
import stage09_blueprints

#: The packages whose public names (``Flask``, ``request``, ``abort`` ...) the tests use.
IMPLEMENTATIONS = [
    stage05_app,
    stage06_contexts,
    stage07_sessions,
    stage08_templates,
    stage09_blueprints,
    flask,
]
#: The test id of each implementation: exactly its package name.
IDS = [
    "stage05_app",
    "stage06_contexts",
    "stage07_sessions",
    "stage08_templates",
    "stage09_blueprints",
    "flask",
]
