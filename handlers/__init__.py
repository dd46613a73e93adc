"""Telegram in and out: turn Updates into service calls and results into messages."""
