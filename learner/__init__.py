"""Learner mode: build a stage yourself and run our tests against it.

``python -m learner start 3`` writes a skeleton of stage 3 into ``workspace/``,
``pytest --impl workspace`` runs any test against the stage packages found there, and
``python -m learner progress`` counts how much of each stage passes. The Makefile wraps
all three (``make start-stage3``, ``make test-stage3 IMPL=workspace``, ``make progress``).
"""
