/* The tests' per-arch probes for a port that has no
 * arch/<arch>/test_probe.h yet (see arch/x86_64/test_probe.h for what a
 * real one provides).  The two tests that need them (test/clone.c,
 * test/stack_align.c) see TEST_PROBES_MISSING and report a visible skip
 * with this reason instead of running. */
#ifndef TASKRT_ARCH_TEST_PROBE_H
#define TASKRT_ARCH_TEST_PROBE_H

#define TEST_PROBES_MISSING "this arch has no arch/<arch>/test_probe.h yet"

#endif
