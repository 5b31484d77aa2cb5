/*
 * berth-exec: starts one process inside a running container, as `runc exec --detach` does, without
 * runc's cost (a Go runtime started twice, ~30 ms). The shim runs it for the common case and keeps
 * `runc exec` for everything else (see packages/shim/src/exec-helper.ts for when).
 *
 * Usage: berth-exec --pid PID [options] -- COMMAND [ARG...]
 *   --pid PID                 host pid of the container's init: its namespaces are joined
 *   --cgroup DIR              a cgroup directory of the container (repeat for every hierarchy)
 *   --env K=V                 the process's environment (repeat); HOME is added as runc adds it
 *   --cwd DIR                 working directory (default /)
 *   --uid N --gid N           user and group
 *   --groups N,N,...          supplementary groups
 *   --cap-bounding HEX --cap-effective HEX --cap-permitted HEX --cap-inheritable HEX --cap-ambient HEX
 *   --no-new-privs            sets PR_SET_NO_NEW_PRIVS
 *   --rlimit RES:SOFT:HARD    (repeat) RES is the number of the resource; -1 is unlimited
 *   --oom-score-adj N
 *   --seccomp FILE            the seccomp filter (raw struct sock_filter array; empty: none)
 *   --seccomp-from-init FILE  copy the filter the init runs under (ptrace) and save it to FILE
 *   --console-socket PATH     make a pty in the container and send its master there (SCM_RIGHTS)
 *   --keyring NAME            join (or create) this session keyring
 *
 * Stdio 0-2 become the process's own (unless --console-socket). Fd 3 is the report: "pid N" (host
 * pid) once the process has called execve, or the reason it could not, worded as runc words it.
 * Exit status: 0 started; 1 failed (nothing left running); 3 this helper cannot do it faithfully
 * (the caller must fall back to runc; nothing has been changed in the container).
 *
 * The process is our child until we exit; the shim, a child subreaper, then inherits it (or its
 * zombie) and reaps it as it reaps what runc starts.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <linux/magic.h>
#include <linux/sched.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PTRACE_SECCOMP_GET_FILTER
#define PTRACE_SECCOMP_GET_FILTER 0x420c
#endif
#ifndef PR_CAP_AMBIENT
#define PR_CAP_AMBIENT 47
#define PR_CAP_AMBIENT_RAISE 2
#define PR_CAP_AMBIENT_CLEAR_ALL 4
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
#define KEYCTL_JOIN_SESSION_KEYRING 1

#define REPORT_FD 3
#define EXIT_FAILED 1
#define EXIT_FALLBACK 3
#define MAX_LIST 256

static const char *runc_prefix = "exec failed: unable to start container process: ";

/* The report goes to fd 3; our own stderr is the container process's and must stay clean. */
static void report(const char *fmt, ...) {
  char buf[4096];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n >= sizeof buf) n = sizeof buf - 1;
  ssize_t ignored = write(REPORT_FD, buf, (size_t)n);
  (void)ignored;
}

/* Go's wording of an errno, which runc's messages carry (and the engine reads): glibc's, lower-cased. */
static const char *errtext(int err) {
  static char buf[128];
  snprintf(buf, sizeof buf, "%s", strerror(err));
  if (buf[0] >= 'A' && buf[0] <= 'Z') buf[0] = (char)(buf[0] - 'A' + 'a');
  return buf;
}

static _Noreturn void fallback(const char *why) {
  report("fallback: %s", why);
  _exit(EXIT_FALLBACK);
}

static _Noreturn void fail(const char *what) {
  report("%s%s: %s", runc_prefix, what, errtext(errno));
  _exit(EXIT_FAILED);
}

struct options {
  pid_t pid;
  const char *cgroups[MAX_LIST];
  int ncgroups;
  char *env[MAX_LIST * 16 + 2];
  int nenv;
  const char *cwd;
  uid_t uid;
  gid_t gid;
  gid_t groups[MAX_LIST];
  int ngroups;
  uint64_t cap_bounding, cap_effective, cap_permitted, cap_inheritable, cap_ambient;
  int no_new_privs;
  struct { int resource; struct rlimit limit; } rlimits[64];
  int nrlimits;
  const char *oom_score_adj;
  const char *seccomp_file;
  const char *seccomp_save;
  const char *console_socket;
  const char *keyring;
  char **argv;
};

static rlim_t parse_limit(const char *s) {
  return strcmp(s, "-1") == 0 ? RLIM_INFINITY : (rlim_t)strtoull(s, NULL, 10);
}

static void parse(int argc, char **argv, struct options *o) {
  memset(o, 0, sizeof *o);
  o->cwd = "/";
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) { i++; break; }
    if (strcmp(a, "--no-new-privs") == 0) { o->no_new_privs = 1; continue; }
    if (i + 1 >= argc) fallback("missing option value");
    const char *v = argv[++i];
    if (strcmp(a, "--pid") == 0) o->pid = (pid_t)atoi(v);
    else if (strcmp(a, "--cgroup") == 0) {
      if (o->ncgroups >= MAX_LIST) fallback("too many cgroups");
      o->cgroups[o->ncgroups++] = v;
    }
    else if (strcmp(a, "--env") == 0) {
      if (o->nenv >= MAX_LIST * 16) fallback("too many environment variables");
      o->env[o->nenv++] = (char *)v;
    }
    else if (strcmp(a, "--cwd") == 0) o->cwd = v;
    else if (strcmp(a, "--uid") == 0) o->uid = (uid_t)strtoul(v, NULL, 10);
    else if (strcmp(a, "--gid") == 0) o->gid = (gid_t)strtoul(v, NULL, 10);
    else if (strcmp(a, "--groups") == 0) {
      for (const char *p = v; *p;) {
        char *end;
        unsigned long gid = strtoul(p, &end, 10);
        if (end == p || (*end && *end != ',')) fallback("bad --groups");
        if (o->ngroups >= MAX_LIST) fallback("too many supplementary groups");
        o->groups[o->ngroups++] = (gid_t)gid;
        p = *end ? end + 1 : end;
      }
    }
    else if (strcmp(a, "--cap-bounding") == 0) o->cap_bounding = strtoull(v, NULL, 16);
    else if (strcmp(a, "--cap-effective") == 0) o->cap_effective = strtoull(v, NULL, 16);
    else if (strcmp(a, "--cap-permitted") == 0) o->cap_permitted = strtoull(v, NULL, 16);
    else if (strcmp(a, "--cap-inheritable") == 0) o->cap_inheritable = strtoull(v, NULL, 16);
    else if (strcmp(a, "--cap-ambient") == 0) o->cap_ambient = strtoull(v, NULL, 16);
    else if (strcmp(a, "--rlimit") == 0) {
      char soft[32], hard[32];
      if (o->nrlimits >= 64) fallback("too many rlimits");
      int res;
      if (sscanf(v, "%d:%31[^:]:%31s", &res, soft, hard) != 3) fallback("bad --rlimit");
      o->rlimits[o->nrlimits].resource = res;
      o->rlimits[o->nrlimits].limit.rlim_cur = parse_limit(soft);
      o->rlimits[o->nrlimits].limit.rlim_max = parse_limit(hard);
      o->nrlimits++;
    }
    else if (strcmp(a, "--oom-score-adj") == 0) o->oom_score_adj = v;
    else if (strcmp(a, "--seccomp") == 0) o->seccomp_file = v;
    else if (strcmp(a, "--seccomp-from-init") == 0) o->seccomp_save = v;
    else if (strcmp(a, "--console-socket") == 0) o->console_socket = v;
    else if (strcmp(a, "--keyring") == 0) o->keyring = v;
    else fallback("unknown option");
  }
  if (o->pid <= 0 || i >= argc) fallback("usage: berth-exec --pid PID [options] -- COMMAND [ARG...]");
  o->argv = &argv[i];
}

/* --- seccomp ----------------------------------------------------------------------------- */

static int status_field(pid_t pid, const char *field) {
  char path[64], line[256];
  snprintf(path, sizeof path, pid ? "/proc/%d/status" : "/proc/self/status", pid);
  FILE *f = fopen(path, "re");
  if (!f) return -1;
  size_t len = strlen(field);
  int value = -1;
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, field, len) == 0 && line[len] == ':') { value = atoi(line + len + 1); break; }
  }
  fclose(f);
  return value;
}

/*
 * The filter runc installed for the container: of the init's chain (newest first), the oldest one
 * it did not inherit from us. runc installs exactly one per container, and exec applies the same
 * profile again, so this is the program runc exec would load. The init is stopped for the few
 * microseconds of the copy (PTRACE_INTERRUPT), then released; the shim caches the result per task.
 */
/* An init that does not stop (frozen, or stuck in the kernel) must not hold up the exec: runc then. */
static void stop_timed_out(int sig) {
  (void)sig;
  static const char why[] = "fallback: the init did not stop for the seccomp copy";
  ssize_t ignored = write(REPORT_FD, why, sizeof why - 1);
  (void)ignored;
  _exit(EXIT_FALLBACK); /* a tracer's exit detaches it from its tracee */
}

static struct sock_fprog copy_filter(pid_t pid) {
  struct sock_fprog prog = {0, NULL};
  int mode = status_field(pid, "Seccomp");
  if (mode == 0) return prog;
  if (mode != 2) fallback("the init's seccomp mode is not a filter");
  int theirs = status_field(pid, "Seccomp_filters");
  int ours = status_field(0, "Seccomp_filters");
  if (theirs < 0 || ours < 0) fallback("seccomp filter count unknown");
  if (ours > 0) fallback("berth-exec itself runs under seccomp: the kernel will not hand out filters");
  if (theirs - ours < 1) fallback("the init runs under no filter of its own");
  if (ptrace(PTRACE_SEIZE, pid, 0, 0) != 0) fallback("cannot trace the init");
  int status;
  signal(SIGALRM, stop_timed_out);
  alarm(2);
  if (ptrace(PTRACE_INTERRUPT, pid, 0, 0) != 0 || waitpid(pid, &status, __WALL) != pid) {
    ptrace(PTRACE_DETACH, pid, 0, 0);
    fallback("cannot stop the init");
  }
  alarm(0);
  signal(SIGALRM, SIG_DFL);
  unsigned long index = (unsigned long)(theirs - ours - 1);
  long n = ptrace(PTRACE_SECCOMP_GET_FILTER, pid, (void *)index, NULL);
  if (n > 0) {
    prog.filter = calloc((size_t)n, sizeof(struct sock_filter));
    if (!prog.filter || ptrace(PTRACE_SECCOMP_GET_FILTER, pid, (void *)index, prog.filter) != n) n = -1;
  }
  ptrace(PTRACE_DETACH, pid, 0, 0);
  if (n <= 0) fallback("PTRACE_SECCOMP_GET_FILTER failed");
  prog.len = (unsigned short)n;
  return prog;
}

static struct sock_fprog read_filter(const char *file) {
  struct sock_fprog prog = {0, NULL};
  int fd = open(file, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) fallback("cannot read the cached seccomp filter");
  if (st.st_size == 0) { close(fd); return prog; }
  if (st.st_size % sizeof(struct sock_filter) != 0 || st.st_size > 65535 * (off_t)sizeof(struct sock_filter)) fallback("bad seccomp file");
  prog.filter = malloc((size_t)st.st_size);
  if (!prog.filter || read(fd, prog.filter, (size_t)st.st_size) != st.st_size) fallback("short seccomp file");
  close(fd);
  prog.len = (unsigned short)(st.st_size / sizeof(struct sock_filter));
  return prog;
}

static void save_filter(const char *file, struct sock_fprog prog) {
  char tmp[PATH_MAX];
  snprintf(tmp, sizeof tmp, "%s.%d", file, getpid());
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return;
  size_t size = prog.len * sizeof(struct sock_filter);
  int ok = size == 0 || write(fd, prog.filter, size) == (ssize_t)size;
  close(fd);
  if (!ok || rename(tmp, file) != 0) unlink(tmp);
}

/* --- namespaces and cgroups ---------------------------------------------------------------- */

/* User first (it owns the others), mount last among those we still need host paths for. */
static const struct { const char *name; int type; } namespaces[] = {
  {"user", CLONE_NEWUSER}, {"ipc", CLONE_NEWIPC}, {"uts", CLONE_NEWUTS}, {"net", CLONE_NEWNET},
  {"pid", CLONE_NEWPID}, {"cgroup", CLONE_NEWCGROUP}, {"mnt", CLONE_NEWNS},
};
#define NS_COUNT (sizeof(namespaces) / sizeof(namespaces[0]))

/*
 * Moving a process into a cgroup through cgroup.procs write-locks the kernel's global
 * threadgroup rwsem, which waits out an RCU grace period (~10-15 ms here, half of what this
 * helper is for). Two ways around it, with the same result:
 *  - v1 hierarchies: write "0" to `tasks`, which moves only the calling thread (we have one), and
 *    the kernel skips the global lock for that case;
 *  - the v2 (unified) hierarchy, which has no such per-thread file for a domain cgroup: the child
 *    is born there (clone3 CLONE_INTO_CGROUP), which takes that lock only for reading.
 * Returns the fd of the v2 cgroup to be born in, or -1.
 */
static int join_cgroups(const struct options *o) {
  char path[PATH_MAX];
  int v2 = -1;
  for (int i = 0; i < o->ncgroups; i++) {
    struct statfs fs;
    if (statfs(o->cgroups[i], &fs) != 0) goto failed;
    if (fs.f_type == CGROUP2_SUPER_MAGIC && v2 < 0) {
      v2 = open(o->cgroups[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (v2 < 0) goto failed;
      continue;
    }
    snprintf(path, sizeof path, "%s/%s", o->cgroups[i], fs.f_type == CGROUP2_SUPER_MAGIC ? "cgroup.procs" : "tasks");
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, "0", 1) != 1) goto failed;
    close(fd);
    continue;
  failed:
    report("%sfailed to join cgroup %s: %s", runc_prefix, o->cgroups[i], errtext(errno));
    _exit(EXIT_FAILED);
  }
  return v2;
}

/* fork(), the child born in cgroup `v2` when that is not -1 (see join_cgroups). */
static pid_t fork_into(int v2) {
  if (v2 >= 0) {
    struct clone_args args;
    memset(&args, 0, sizeof args);
    args.flags = CLONE_INTO_CGROUP;
    args.exit_signal = SIGCHLD;
    args.cgroup = (uint64_t)v2;
    pid_t pid = (pid_t)syscall(SYS_clone3, &args, sizeof args);
    if (pid >= 0 || (errno != ENOSYS && errno != E2BIG && errno != EINVAL)) return pid;
    /* A kernel before 5.7: migrate the slow way, then fork. */
    int fd = openat(v2, "cgroup.procs", O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, "0", 1) != 1) fail("join the cgroup");
    close(fd);
  }
  return fork();
}

/*
 * Joins the init's namespaces but its cgroup namespace, whose fd is returned (or -1): the kernel
 * checks a move into a cgroup (CLONE_INTO_CGROUP) against the mover's cgroup namespace, so that
 * one is joined by the child, once born in its cgroup (runc joins it last for the same reason).
 */
static int join_namespaces(pid_t pid) {
  int fds[NS_COUNT];
  int cgroup_ns = -1;
  for (size_t i = 0; i < NS_COUNT; i++) {
    char theirs[64], ours[64];
    struct stat a, b;
    snprintf(theirs, sizeof theirs, "/proc/%d/ns/%s", pid, namespaces[i].name);
    snprintf(ours, sizeof ours, "/proc/self/ns/%s", namespaces[i].name);
    fds[i] = -1;
    if (stat(theirs, &a) != 0) {
      if (errno == ENOENT && stat(ours, &b) != 0) continue; /* the kernel lacks this namespace type */
      report("%sthe container's init is gone: %s", runc_prefix, errtext(errno));
      _exit(EXIT_FAILED);
    }
    /* Only namespaces the container has of its own are joined (runc joins those in its config). */
    if (stat(ours, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) continue;
    fds[i] = open(theirs, O_RDONLY | O_CLOEXEC);
    if (fds[i] < 0) fail("open namespace");
  }
  for (size_t i = 0; i < NS_COUNT; i++) {
    if (fds[i] < 0) continue;
    if (namespaces[i].type == CLONE_NEWCGROUP) { cgroup_ns = fds[i]; continue; }
    if (setns(fds[i], namespaces[i].type) != 0) {
      report("%sfailed to join the %s namespace: %s", runc_prefix, namespaces[i].name, errtext(errno));
      _exit(EXIT_FAILED);
    }
    close(fds[i]);
  }
  return cgroup_ns;
}

/* --- the process itself (runs in the child, inside the container) ----------------------- */

static void send_fd(int sock, int fd, const char *name) {
  char control[CMSG_SPACE(sizeof(int))];
  memset(control, 0, sizeof control);
  struct iovec iov = {(void *)name, strlen(name)};
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(cmsg), &fd, sizeof(int));
  if (sendmsg(sock, &msg, 0) < 0) fail("send the console");
}

/* As runc: a pty from the container's own devpts, master to the caller, slave as stdio. */
static void setup_console(int sock) {
  int master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master < 0) fail("open /dev/ptmx");
  int unlock = 0, n;
  if (ioctl(master, TIOCSPTLCK, &unlock) != 0 || ioctl(master, TIOCGPTN, &n) != 0) fail("unlock the pty");
  char name[64];
  snprintf(name, sizeof name, "/dev/pts/%d", n);
  send_fd(sock, master, name);
  close(master);
  close(sock);
  int slave = open(name, O_RDWR);
  if (slave < 0) fail("open the pty");
  for (int fd = 0; fd < 3; fd++) if (dup3(slave, fd, 0) < 0) fail("dup the pty");
  if (slave > 2) close(slave);
  if (ioctl(0, TIOCSCTTY, 0) != 0) fail("set the controlling terminal");
}

static void load_filter(struct sock_fprog *prog) {
  if (prog->len == 0) return;
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) != 0) fail("load the seccomp filter");
}

static int has_env(char **env, int n, const char *name) {
  size_t len = strlen(name);
  for (int i = 0; i < n; i++) if (strncmp(env[i], name, len) == 0 && env[i][len] == '=') return i;
  return -1;
}

/* runc sets HOME, when the environment lacks it, to the user's entry in the container's passwd. */
static void add_home(struct options *o) {
  if (has_env(o->env, o->nenv, "HOME") >= 0) return;
  static char home[PATH_MAX + 8];
  const char *dir = "/";
  static char line[4096];
  FILE *f = fopen("/etc/passwd", "re");
  while (f && fgets(line, sizeof line, f)) {
    /* name:password:uid:gid:gecos:home:shell */
    char *fields[7] = {0};
    int k = 0;
    for (char *p = line, *s; k < 7 && (s = strsep(&p, ":\n")) != NULL;) fields[k++] = s;
    if (k >= 6 && fields[2][0] && strtoul(fields[2], NULL, 10) == o->uid) { dir = fields[5]; break; }
  }
  snprintf(home, sizeof home, "HOME=%s", dir);
  if (f) fclose(f);
  o->env[o->nenv++] = home;
}

static const char *env_value(char **env, int n, const char *name) {
  int i = has_env(env, n, name);
  return i < 0 ? NULL : env[i] + strlen(name) + 1;
}

static int executable(const char *path, struct stat *st) {
  if (stat(path, st) != 0) return -1;
  if (S_ISDIR(st->st_mode) || (st->st_mode & 0111) == 0) { errno = EACCES; return -1; }
  return 0;
}

/* Go's exec.LookPath, which runc uses, and its messages. */
static const char *look_path(struct options *o, char *buf, size_t size) {
  const char *name = o->argv[0];
  struct stat st;
  if (strchr(name, '/')) {
    if (stat(name, &st) != 0) {
      report("%sexec: \"%s\": stat %s: %s", runc_prefix, name, name, errtext(errno));
      _exit(EXIT_FAILED);
    }
    if (executable(name, &st) != 0) {
      report("%sexec: \"%s\": %s", runc_prefix, name, errtext(errno));
      _exit(EXIT_FAILED);
    }
    return name;
  }
  const char *path = env_value(o->env, o->nenv, "PATH");
  if (path) {
    for (const char *p = path;;) {
      const char *end = strchr(p, ':');
      size_t len = end ? (size_t)(end - p) : strlen(p);
      snprintf(buf, size, "%.*s/%s", (int)(len ? len : 1), len ? p : ".", name);
      if (executable(buf, &st) == 0) return buf;
      if (!end) break;
      p = end + 1;
    }
  }
  report("%sexec: \"%s\": executable file not found in $PATH", runc_prefix, name);
  _exit(EXIT_FAILED);
}

static void apply_caps(const struct options *o) {
  struct __user_cap_header_struct header = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2];
  for (int i = 0; i < 2; i++) {
    data[i].effective = (uint32_t)(o->cap_effective >> (32 * i));
    data[i].permitted = (uint32_t)(o->cap_permitted >> (32 * i));
    data[i].inheritable = (uint32_t)(o->cap_inheritable >> (32 * i));
  }
  if (syscall(SYS_capset, &header, data) != 0) fail("capset");
  if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) fail("clear ambient capabilities");
  for (int cap = 0; cap < 64; cap++) {
    if ((o->cap_ambient >> cap) & 1) {
      if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, cap, 0, 0) != 0) fail("raise ambient capability");
    }
  }
}

static int last_cap(void) {
  int last = 40;
  FILE *f = fopen("/proc/sys/kernel/cap_last_cap", "re");
  if (f) {
    if (fscanf(f, "%d", &last) != 1) last = 40;
    fclose(f);
  }
  return last;
}

/* runc's finalizeNamespace: bounding set, user, working directory, capabilities; in that order. */
static void finalize(struct options *o, int cap_last) {
  int chdir_later = 0;
  if (chdir(o->cwd) != 0) {
    if (errno != EACCES) {
      report("%schdir to cwd (\"%s\") set in config.json failed: %s", runc_prefix, o->cwd, errtext(errno));
      _exit(EXIT_FAILED);
    }
    chdir_later = 1;
  }
  for (int cap = 0; cap <= cap_last; cap++) {
    if (!((o->cap_bounding >> cap) & 1) && prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) fail("drop a bounding capability");
  }
  if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) != 0) fail("keep capabilities");
  add_home(o);
  if (setgroups((size_t)o->ngroups, o->groups) != 0) {
    /* A user namespace whose setgroups is denied keeps the groups it has, as runc does. */
    if (errno != EPERM) fail("setgroups");
  }
  if (setgid(o->gid) != 0) fail("setgid");
  if (setuid(o->uid) != 0) fail("setuid");
  if (chdir_later && chdir(o->cwd) != 0) {
    report("%schdir to cwd (\"%s\") set in config.json failed: %s", runc_prefix, o->cwd, errtext(errno));
    _exit(EXIT_FAILED);
  }
  if (prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) != 0) fail("clear keep capabilities");
  apply_caps(o);
}

static _Noreturn void child(struct options *o, struct sock_fprog *filter, int console, int cgroup_ns, int cap_last) {
  if (cgroup_ns >= 0 && setns(cgroup_ns, CLONE_NEWCGROUP) != 0) fail("failed to join the cgroup namespace");
  if (setsid() < 0) fail("setsid");
  if (console >= 0) setup_console(console);
  if (o->keyring) syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, o->keyring); /* best effort, as runc on ENOSYS */
  if (o->no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail("set no_new_privs");
  /* Without no_new_privs loading a filter needs CAP_SYS_ADMIN: before the capabilities go. */
  if (!o->no_new_privs) load_filter(filter);
  finalize(o, cap_last);
  char found[PATH_MAX];
  const char *path = look_path(o, found, sizeof found);
  if (access(path, X_OK) != 0 && errno == EACCES) {
    report("%sexec %s: %s", runc_prefix, path, errtext(errno));
    _exit(EXIT_FAILED);
  }
  /* With no_new_privs, as late as possible, so the filter sees as few of our own syscalls as can be. */
  if (o->no_new_privs) load_filter(filter);
  o->env[o->nenv] = NULL;
  execve(path, o->argv, o->env);
  report("%sexec %s: %s", runc_prefix, path, errtext(errno));
  _exit(EXIT_FAILED);
}

int main(int argc, char **argv) {
  struct options o;
  parse(argc, argv, &o);
  int cap_last = last_cap();

  /* Everything that needs the host's view of paths comes before the namespaces are joined. */
  struct sock_fprog filter = {0, NULL};
  if (o.seccomp_file) filter = read_filter(o.seccomp_file);
  else if (o.seccomp_save) {
    filter = copy_filter(o.pid);
    save_filter(o.seccomp_save, filter);
  }
  int console = -1;
  if (o.console_socket) {
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    if (strlen(o.console_socket) >= sizeof addr.sun_path) fallback("console socket path too long");
    strcpy(addr.sun_path, o.console_socket);
    console = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (console < 0 || connect(console, (struct sockaddr *)&addr, sizeof addr) != 0) fail("connect to the console socket");
  }
  /* Our report fd and the pipe below are the only ones the process must not inherit. */
  syscall(SYS_close_range, REPORT_FD + 1, ~0U, CLOSE_RANGE_CLOEXEC);
  fcntl(REPORT_FD, F_SETFD, FD_CLOEXEC);

  for (int i = 0; i < o.nrlimits; i++) {
    if (setrlimit(o.rlimits[i].resource, &o.rlimits[i].limit) != 0) fail("setrlimit");
  }
  if (o.oom_score_adj) {
    int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, o.oom_score_adj, strlen(o.oom_score_adj)) < 0) fail("set oom_score_adj");
    close(fd);
  }
  int v2 = join_cgroups(&o);
  int cgroup_ns = join_namespaces(o.pid);

  int sync[2];
  if (pipe2(sync, O_CLOEXEC) != 0) fail("pipe");
  pid_t pid = fork_into(v2);
  if (pid < 0) fail("fork");
  if (pid == 0) {
    close(sync[0]);
    /* Reports from the child go through the pipe: its EOF without a word means execve worked. */
    if (dup3(sync[1], REPORT_FD, O_CLOEXEC) < 0) _exit(EXIT_FAILED);
    close(sync[1]);
    child(&o, &filter, console, cgroup_ns, cap_last);
  }
  close(sync[1]);
  if (console >= 0) close(console);
  char message[4096];
  size_t got = 0;
  for (;;) {
    ssize_t n = read(sync[0], message + got, sizeof message - 1 - got);
    if (n > 0) { got += (size_t)n; if (got >= sizeof message - 1) break; continue; }
    if (n < 0 && errno == EINTR) continue;
    break;
  }
  if (got > 0) {
    /* It never ran: collect it here, so that no zombie is left for the shim, which never knew its pid. */
    waitpid(pid, NULL, 0);
    message[got] = '\0';
    report("%s", message);
    return EXIT_FAILED;
  }
  report("pid %d\n", pid);
  return 0;
}
