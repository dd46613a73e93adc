"""Test helpers: databases, a frozen clock, and the bot harness."""
