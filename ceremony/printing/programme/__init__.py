"""The ceremony plan's papers: running order, MC script, line-up, tray list, name cards."""
