/*
 * berth-init: the tiny pid 1 of `docker run --init` containers.
 *
 * Usage: berth-init -- COMMAND [ARG...]
 *
 * A process running as pid 1 in a pid namespace has two jobs nobody else does: the kernel gives it
 * no default signal handlers (an ordinary program ignores SIGTERM there) and every orphan is
 * re-parented to it (someone must reap them or they stay zombies). berth-init runs the command as
 * its child, forwards the terminating and job-control signals to it, reaps every child that exits,
 * and exits with the command's status: its exit code, or 128 + the signal number that killed it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static const int forwarded[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH};
#define FORWARDED_COUNT (sizeof(forwarded) / sizeof(forwarded[0]))

static int status_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

int main(int argc, char **argv) {
  int first = 1;
  if (first < argc && strcmp(argv[first], "--") == 0) first++;
  if (first >= argc) {
    fprintf(stderr, "berth-init: usage: berth-init -- COMMAND [ARG...]\n");
    return 2;
  }

  /* Block the signals we handle synchronously with sigwaitinfo, before the child exists, so none
   * is lost between fork and the wait loop. SIGCHLD tells us when to reap. */
  sigset_t handled, original;
  sigemptyset(&handled);
  for (size_t i = 0; i < FORWARDED_COUNT; i++) sigaddset(&handled, forwarded[i]);
  sigaddset(&handled, SIGCHLD);
  if (sigprocmask(SIG_BLOCK, &handled, &original) != 0) {
    perror("berth-init: sigprocmask");
    return 1;
  }

  pid_t child = fork();
  if (child < 0) {
    perror("berth-init: fork");
    return 1;
  }
  if (child == 0) {
    /* The command gets the signal mask and dispositions it would have had without us. */
    sigprocmask(SIG_SETMASK, &original, NULL);
    /* With a TTY, the command runs in its own process group in the foreground, as a shell would
     * put it, so that ^C from the terminal reaches it (and does not hit us twice). */
    if (setpgid(0, 0) == 0 && isatty(STDIN_FILENO)) {
      signal(SIGTTOU, SIG_IGN);
      tcsetpgrp(STDIN_FILENO, getpgrp());
      signal(SIGTTOU, SIG_DFL);
    }
    execvp(argv[first], &argv[first]);
    int err = errno;
    fprintf(stderr, "berth-init: exec %s: %s\n", argv[first], strerror(err));
    _exit(err == ENOENT ? 127 : 126);
  }

  int exit_code = 1;
  for (;;) {
    siginfo_t info;
    int sig = sigwaitinfo(&handled, &info);
    if (sig < 0) {
      if (errno == EINTR) continue;
      perror("berth-init: sigwaitinfo");
      return 1;
    }
    if (sig != SIGCHLD) {
      /* To the command's process group, so its own children hear it as they would from a shell;
       * fall back to the command alone if it left its group. */
      if (kill(-child, sig) != 0) kill(child, sig);
      continue;
    }
    /* One SIGCHLD may stand for several exits: reap until nothing is left to reap. */
    for (;;) {
      int status;
      pid_t pid = waitpid(-1, &status, WNOHANG);
      if (pid <= 0) {
        if (pid < 0 && errno == ECHILD) return exit_code;
        break;
      }
      if (pid == child) {
        exit_code = status_code(status);
        /* The command is gone: its orphans are killed with the container when we exit, as
         * Docker's init does (tini's default). */
        return exit_code;
      }
    }
  }
}
