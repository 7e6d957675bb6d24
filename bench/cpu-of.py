#!/usr/bin/env python3
"""Runs a command, passes its output on, and writes the CPU seconds (user + system) it and its
children used to a file.

usage: bench/cpu-of.py OUT_FILE COMMAND [ARG...]"""
import resource, subprocess, sys

done = subprocess.run(sys.argv[2:])
used = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], 'w') as f:
    print(f'{used.ru_utime + used.ru_stime:.3f}', file=f)
sys.exit(done.returncode)
