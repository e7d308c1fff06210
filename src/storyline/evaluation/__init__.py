"""Scoring Storyline components against gold annotations."""
