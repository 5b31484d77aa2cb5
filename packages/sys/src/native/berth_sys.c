/*
 * berth_sys — the handful of Linux syscalls Node does not expose, as a Node-API addon.
 *
 * Every function is a thin, synchronous wrapper: argument conversion, one syscall (retried on
 * EINTR), and on failure a JS Error carrying `code` (the errno name), `errno` and `syscall`.
 * Policy (flag names, error kinds, rollback) lives in TypeScript (src/index.ts), not here.
 */
#include <errno.h>
#include <node_api.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <malloc.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <sched.h>
#include <sys/statfs.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <uv.h>

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif

#define CHECK(call)                                                                                \
  do {                                                                                             \
    if ((call) != napi_ok) {                                                                       \
      napi_throw_error(env, "EBERTHNAPI", "berth_sys: Node-API call failed: " #call);               \
      return NULL;                                                                                 \
    }                                                                                              \
  } while (0)

/* Throws an Error shaped like Node's own system errors: message "<syscall> <path>: <strerror>". */
/* `detail`, when given, follows in parentheses (the kernel's netlink extended-ack text). */
static napi_value throw_errno_detail(napi_env env, const char *syscall, const char *path, int errnum, const char *detail) {
  const char *name = strerrorname_np(errnum);
  char message[4352];
  if (path != NULL) {
    snprintf(message, sizeof message, "%s %s: %s", syscall, path, strerror(errnum));
  } else {
    snprintf(message, sizeof message, "%s: %s", syscall, strerror(errnum));
  }
  if (detail != NULL && detail[0] != 0) {
    size_t used = strlen(message);
    snprintf(message + used, sizeof message - used, " (%s)", detail);
  }
  napi_value code, msg, err, errno_value, syscall_value;
  if (napi_create_string_utf8(env, name != NULL ? name : "EUNKNOWN", NAPI_AUTO_LENGTH, &code) != napi_ok ||
      napi_create_string_utf8(env, message, NAPI_AUTO_LENGTH, &msg) != napi_ok ||
      napi_create_error(env, code, msg, &err) != napi_ok) {
    napi_throw_error(env, "EBERTHNAPI", message);
    return NULL;
  }
  napi_create_int32(env, errnum, &errno_value);
  napi_set_named_property(env, err, "errno", errno_value);
  napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &syscall_value);
  napi_set_named_property(env, err, "syscall", syscall_value);
  if (path != NULL) {
    napi_value path_value;
    napi_create_string_utf8(env, path, NAPI_AUTO_LENGTH, &path_value);
    napi_set_named_property(env, err, "path", path_value);
  }
  napi_throw(env, err);
  return NULL;
}

static napi_value throw_errno(napi_env env, const char *syscall, const char *path, int errnum) {
  return throw_errno_detail(env, syscall, path, errnum, NULL);
}

/* Copies a JS string into a fresh heap buffer; NULL (without throwing) for null/undefined. */
static int read_string(napi_env env, napi_value value, char **out) {
  napi_valuetype type;
  *out = NULL;
  if (napi_typeof(env, value, &type) != napi_ok) return -1;
  if (type == napi_null || type == napi_undefined) return 0;
  if (type != napi_string) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: expected a string argument");
    return -1;
  }
  size_t len;
  if (napi_get_value_string_utf8(env, value, NULL, 0, &len) != napi_ok) return -1;
  *out = malloc(len + 1);
  if (*out == NULL) {
    napi_throw_error(env, "ENOMEM", "berth_sys: out of memory");
    return -1;
  }
  napi_get_value_string_utf8(env, value, *out, len + 1, &len);
  return 0;
}

static int read_required_string(napi_env env, napi_value value, char **out) {
  if (read_string(env, value, out) != 0) return -1;
  if (*out == NULL) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: expected a string argument");
    return -1;
  }
  return 0;
}

static int read_u32(napi_env env, napi_value value, uint32_t *out) {
  if (napi_get_value_uint32(env, value, out) != napi_ok) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: expected a non-negative integer argument");
    return -1;
  }
  return 0;
}

/* A file descriptor argument: a non-negative int32. */
static int read_fd(napi_env env, napi_value value, int32_t *out) {
  if (napi_get_value_int32(env, value, out) != napi_ok || *out < 0) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: expected a file descriptor argument");
    return -1;
  }
  return 0;
}

static napi_value get_args(napi_env env, napi_callback_info info, size_t want, napi_value *argv) {
  size_t argc = want;
  for (size_t i = 0; i < want; i++) argv[i] = NULL;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  napi_value undefined;
  CHECK(napi_get_undefined(env, &undefined));
  for (size_t i = argc; i < want; i++) argv[i] = undefined;
  return undefined;
}

/* setChildSubreaper() */
static napi_value set_child_subreaper(napi_env env, napi_callback_info info) {
  if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0) return throw_errno(env, "prctl", NULL, errno);
  return NULL;
}

/* releaseFreeMemory() -> whether malloc gave memory back to the system */
static napi_value release_free_memory(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_get_boolean(env, malloc_trim(0) == 1, &result);
  return result;
}

/* waitPid(pid) -> null while running | { pid, exitCode, signal } */
static napi_value wait_pid(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  int32_t pid;
  if (napi_get_value_int32(env, argv[0], &pid) != napi_ok || pid <= 0) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: waitPid needs a positive pid");
    return NULL;
  }
  int status = 0;
  pid_t got;
  do {
    got = waitpid(pid, &status, WNOHANG);
  } while (got < 0 && errno == EINTR);
  if (got < 0) return throw_errno(env, "waitpid", NULL, errno);

  napi_value result;
  if (got == 0) {
    CHECK(napi_get_null(env, &result));
    return result;
  }
  napi_value pid_value, code_value, signal_value;
  CHECK(napi_create_object(env, &result));
  CHECK(napi_create_int32(env, got, &pid_value));
  if (WIFSIGNALED(status)) {
    CHECK(napi_create_int32(env, 128 + WTERMSIG(status), &code_value));
    CHECK(napi_create_int32(env, WTERMSIG(status), &signal_value));
  } else {
    CHECK(napi_create_int32(env, WEXITSTATUS(status), &code_value));
    CHECK(napi_get_null(env, &signal_value));
  }
  CHECK(napi_set_named_property(env, result, "pid", pid_value));
  CHECK(napi_set_named_property(env, result, "exitCode", code_value));
  CHECK(napi_set_named_property(env, result, "signal", signal_value));
  return result;
}

/* mount(source, target, fstype | null, flags: number, data | null) */
static napi_value do_mount(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  if (get_args(env, info, 5, argv) == NULL) return NULL;
  char *source = NULL, *target = NULL, *fstype = NULL, *data = NULL;
  uint32_t flags = 0;
  napi_value ret = NULL;
  if (read_string(env, argv[0], &source) != 0 || read_required_string(env, argv[1], &target) != 0 ||
      read_string(env, argv[2], &fstype) != 0 || read_u32(env, argv[3], &flags) != 0 ||
      read_string(env, argv[4], &data) != 0) {
    goto out;
  }
  if (mount(source, target, fstype, flags, data) != 0) throw_errno(env, "mount", target, errno);
out:
  free(source);
  free(target);
  free(fstype);
  free(data);
  return ret;
}

/* umount2(target, flags: number) */
static napi_value do_umount2(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (get_args(env, info, 2, argv) == NULL) return NULL;
  char *target = NULL;
  uint32_t flags = 0;
  if (read_required_string(env, argv[0], &target) == 0 && read_u32(env, argv[1], &flags) == 0) {
    if (umount2(target, (int)flags) != 0) throw_errno(env, "umount2", target, errno);
  }
  free(target);
  return NULL;
}

/* mknod(path, mode: number (type bits included), major, minor) */
static napi_value do_mknod(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  if (get_args(env, info, 4, argv) == NULL) return NULL;
  char *path = NULL;
  uint32_t mode = 0, major_num = 0, minor_num = 0;
  if (read_required_string(env, argv[0], &path) == 0 && read_u32(env, argv[1], &mode) == 0 &&
      read_u32(env, argv[2], &major_num) == 0 && read_u32(env, argv[3], &minor_num) == 0) {
    if (mknod(path, (mode_t)mode, makedev(major_num, minor_num)) != 0) throw_errno(env, "mknod", path, errno);
  }
  free(path);
  return NULL;
}

/* lsetxattr(path, name, value: Buffer) */
static napi_value do_lsetxattr(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  if (get_args(env, info, 3, argv) == NULL) return NULL;
  char *path = NULL, *name = NULL;
  void *value = NULL;
  size_t length = 0;
  if (read_required_string(env, argv[0], &path) == 0 && read_required_string(env, argv[1], &name) == 0) {
    if (napi_get_buffer_info(env, argv[2], &value, &length) != napi_ok) {
      napi_throw_type_error(env, "EINVAL", "berth_sys: lsetxattr needs a Buffer value");
    } else if (lsetxattr(path, name, value, length, 0) != 0) {
      throw_errno(env, "lsetxattr", path, errno);
    }
  }
  free(path);
  free(name);
  return NULL;
}

/* lgetxattr(path, name) -> Buffer | null (ENODATA) */
static napi_value do_lgetxattr(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (get_args(env, info, 2, argv) == NULL) return NULL;
  char *path = NULL, *name = NULL, *value = NULL;
  napi_value result = NULL;
  if (read_required_string(env, argv[0], &path) != 0 || read_required_string(env, argv[1], &name) != 0) goto out;
  for (;;) {
    ssize_t size = lgetxattr(path, name, NULL, 0);
    if (size < 0) {
      if (errno == ENODATA) napi_get_null(env, &result);
      else throw_errno(env, "lgetxattr", path, errno);
      goto out;
    }
    value = malloc(size > 0 ? (size_t)size : 1);
    if (value == NULL) {
      napi_throw_error(env, "ENOMEM", "berth_sys: out of memory");
      goto out;
    }
    ssize_t got = lgetxattr(path, name, value, (size_t)size);
    if (got < 0 && errno == ERANGE) { /* grew between the two calls: ask again */
      free(value);
      value = NULL;
      continue;
    }
    if (got < 0) {
      if (errno == ENODATA) napi_get_null(env, &result);
      else throw_errno(env, "lgetxattr", path, errno);
      goto out;
    }
    void *copy;
    if (napi_create_buffer_copy(env, (size_t)got, value, &copy, &result) != napi_ok) result = NULL;
    goto out;
  }
out:
  free(path);
  free(name);
  free(value);
  return result;
}

/* llistxattr(path) -> string[] */
static napi_value do_llistxattr(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  char *path = NULL, *names = NULL;
  napi_value result = NULL;
  if (read_required_string(env, argv[0], &path) != 0) goto out;
  ssize_t got;
  for (;;) {
    ssize_t size = llistxattr(path, NULL, 0);
    if (size < 0) {
      throw_errno(env, "llistxattr", path, errno);
      goto out;
    }
    names = malloc(size > 0 ? (size_t)size : 1);
    if (names == NULL) {
      napi_throw_error(env, "ENOMEM", "berth_sys: out of memory");
      goto out;
    }
    got = llistxattr(path, names, (size_t)size);
    if (got >= 0) break;
    free(names);
    names = NULL;
    if (errno != ERANGE) {
      throw_errno(env, "llistxattr", path, errno);
      goto out;
    }
  }
  if (napi_create_array(env, &result) != napi_ok) goto out;
  uint32_t index = 0;
  for (ssize_t at = 0; at < got;) {
    size_t len = strnlen(names + at, (size_t)(got - at));
    if (len > 0) {
      napi_value name;
      napi_create_string_utf8(env, names + at, len, &name);
      napi_set_element(env, result, index++, name);
    }
    at += (ssize_t)len + 1;
  }
out:
  free(path);
  free(names);
  return result;
}

/* Fills a sockaddr_un; ENAMETOOLONG when the path does not fit sun_path with its NUL. */
static int unix_address(const char *path, struct sockaddr_un *addr) {
  memset(addr, 0, sizeof *addr);
  addr->sun_family = AF_UNIX;
  if (strlen(path) >= sizeof addr->sun_path) {
    errno = ENAMETOOLONG;
    return -1;
  }
  strcpy(addr->sun_path, path);
  return 0;
}

/* listenUnix(path) -> fd: a non-blocking, close-on-exec listening unix stream socket. */
static napi_value listen_unix(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  char *path = NULL;
  napi_value result = NULL;
  if (read_required_string(env, argv[0], &path) != 0) goto out;
  struct sockaddr_un addr;
  if (unix_address(path, &addr) != 0) {
    throw_errno(env, "bind", path, errno);
    goto out;
  }
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) {
    throw_errno(env, "socket", path, errno);
    goto out;
  }
  if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(fd, 4) != 0) {
    int saved = errno;
    close(fd);
    throw_errno(env, "bind", path, saved);
    goto out;
  }
  napi_create_int32(env, fd, &result);
out:
  free(path);
  return result;
}

/*
 * recvFd(listenFd) -> fd | null: accepts one pending connection on a listening socket and receives
 * the file descriptor it sends (SCM_RIGHTS), as runc's --console-socket does with a pty master.
 * Never blocks: null when no connection is pending yet. The received fd is close-on-exec.
 */
static napi_value recv_fd(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  int32_t listen_fd;
  if (read_fd(env, argv[0], &listen_fd) != 0) return NULL;
  napi_value result;
  int conn;
  do {
    conn = accept4(listen_fd, NULL, NULL, SOCK_CLOEXEC);
  } while (conn < 0 && errno == EINTR);
  if (conn < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      CHECK(napi_get_null(env, &result));
      return result;
    }
    return throw_errno(env, "accept4", NULL, errno);
  }
  char data[256];
  struct iovec iov = {.iov_base = data, .iov_len = sizeof data};
  union {
    char buf[CMSG_SPACE(sizeof(int))];
    struct cmsghdr align;
  } control;
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control.buf;
  msg.msg_controllen = sizeof control.buf;
  ssize_t got;
  do {
    got = recvmsg(conn, &msg, MSG_CMSG_CLOEXEC);
  } while (got < 0 && errno == EINTR);
  int saved = errno;
  close(conn);
  if (got < 0) return throw_errno(env, "recvmsg", NULL, saved);
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  if (cmsg == NULL || cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS ||
      cmsg->cmsg_len != CMSG_LEN(sizeof(int))) {
    return throw_errno(env, "recvmsg", NULL, EBADMSG);
  }
  int fd;
  memcpy(&fd, CMSG_DATA(cmsg), sizeof fd);
  CHECK(napi_create_int32(env, fd, &result));
  return result;
}

/* sendFd(path, fd, name): connects to the unix socket at path and sends fd (SCM_RIGHTS) with name. */
static napi_value send_fd(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  if (get_args(env, info, 3, argv) == NULL) return NULL;
  char *path = NULL, *name = NULL;
  int32_t fd;
  int sock = -1;
  if (read_required_string(env, argv[0], &path) != 0) goto out;
  if (read_fd(env, argv[1], &fd) != 0) goto out;
  if (read_string(env, argv[2], &name) != 0) goto out;
  struct sockaddr_un addr;
  if (unix_address(path, &addr) != 0) {
    throw_errno(env, "connect", path, errno);
    goto out;
  }
  sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (sock < 0 || connect(sock, (struct sockaddr *)&addr, sizeof addr) != 0) {
    throw_errno(env, "connect", path, errno);
    goto out;
  }
  const char *payload = name != NULL && name[0] != 0 ? name : "fd";
  struct iovec iov = {.iov_base = (void *)payload, .iov_len = strlen(payload)};
  union {
    char buf[CMSG_SPACE(sizeof(int))];
    struct cmsghdr align;
  } control;
  memset(&control, 0, sizeof control);
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control.buf;
  msg.msg_controllen = sizeof control.buf;
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(cmsg), &fd, sizeof fd);
  ssize_t sent;
  do {
    sent = sendmsg(sock, &msg, 0);
  } while (sent < 0 && errno == EINTR);
  if (sent < 0) throw_errno(env, "sendmsg", path, errno);
out:
  if (sock >= 0) close(sock);
  free(path);
  free(name);
  return NULL;
}

/* setWinsize(fd, rows, cols): ioctl(TIOCSWINSZ) on a terminal (a pty master resizes its slave). */
static napi_value set_winsize(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  if (get_args(env, info, 3, argv) == NULL) return NULL;
  int32_t fd;
  uint32_t rows, cols;
  if (read_fd(env, argv[0], &fd) != 0) return NULL;
  if (read_u32(env, argv[1], &rows) != 0 || read_u32(env, argv[2], &cols) != 0) return NULL;
  struct winsize size = {.ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols};
  if (ioctl(fd, TIOCSWINSZ, &size) != 0) return throw_errno(env, "ioctl", NULL, errno);
  return NULL;
}

/* getWinsize(fd) -> { rows, cols } */
static napi_value get_winsize(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  int32_t fd;
  if (read_fd(env, argv[0], &fd) != 0) return NULL;
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return throw_errno(env, "ioctl", NULL, errno);
  napi_value result, rows, cols;
  CHECK(napi_create_object(env, &result));
  CHECK(napi_create_uint32(env, size.ws_row, &rows));
  CHECK(napi_create_uint32(env, size.ws_col, &cols));
  CHECK(napi_set_named_property(env, result, "rows", rows));
  CHECK(napi_set_named_property(env, result, "cols", cols));
  return result;
}


/* ---------------------------------------------------------------------------------------------
 * Network namespaces. setns(CLONE_NEWNET) moves only the calling thread (here: the JS thread), so
 * each call below enters, acts and returns within itself; `netns_leave` restores the namespace the
 * thread started in on every path, and aborts the process if it cannot (running JS in the wrong
 * namespace would be far worse than dying).
 * ------------------------------------------------------------------------------------------- */

typedef struct {
  int saved; /* fd of the thread's own netns, -1 when nothing was entered */
} netns_guard;

/* Enters the namespace at `path` (nothing when NULL). -1 with errno set and nothing changed on failure. */
static int netns_enter(const char *path, netns_guard *guard) {
  guard->saved = -1;
  if (path == NULL) return 0;
  int target = open(path, O_RDONLY | O_CLOEXEC);
  if (target < 0) return -1;
  int saved = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  if (saved < 0) {
    int e = errno;
    close(target);
    errno = e;
    return -1;
  }
  if (setns(target, CLONE_NEWNET) != 0) {
    int e = errno;
    close(target);
    close(saved);
    errno = e;
    return -1;
  }
  close(target);
  guard->saved = saved;
  return 0;
}

static void netns_leave(netns_guard *guard) {
  if (guard->saved < 0) return;
  int e = errno;
  if (setns(guard->saved, CLONE_NEWNET) != 0) {
    fprintf(stderr, "berth_sys: cannot return to the original network namespace: %s\n", strerror(errno));
    abort();
  }
  close(guard->saved);
  guard->saved = -1;
  errno = e;
}

/* createNetns(path): a new netns bind-mounted on path (an empty 0444 file, created if missing). */
static napi_value create_netns(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  char *path = NULL;
  if (read_required_string(env, argv[0], &path) != 0) return NULL;
  struct statfs fs;
  if (statfs(path, &fs) == 0 && (unsigned long)fs.f_type == NSFS_MAGIC) {
    throw_errno(env, "createNetns", path, EEXIST);
    goto out;
  }
  int created = 0;
  int fd = open(path, O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
  if (fd >= 0) {
    created = 1;
    close(fd);
  } else if (errno != EEXIST) {
    throw_errno(env, "open", path, errno);
    goto out;
  }
  int saved = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  if (saved < 0) {
    int e = errno;
    if (created) unlink(path);
    throw_errno(env, "open", "/proc/thread-self/ns/net", e);
    goto out;
  }
  netns_guard guard = {.saved = saved};
  if (unshare(CLONE_NEWNET) != 0) {
    int e = errno;
    close(saved);
    if (created) unlink(path);
    throw_errno(env, "unshare", path, e);
    goto out;
  }
  int mounted = mount("/proc/thread-self/ns/net", path, NULL, MS_BIND, NULL);
  int e = errno;
  netns_leave(&guard);
  if (mounted != 0) {
    if (created) unlink(path);
    throw_errno(env, "mount", path, e);
  }
out:
  free(path);
  return NULL;
}

/* removeNetns(path): detach its mount and unlink it; a missing or unmounted file is fine. */
static napi_value remove_netns(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  char *path = NULL;
  if (read_required_string(env, argv[0], &path) != 0) return NULL;
  if (umount2(path, MNT_DETACH) != 0 && errno != EINVAL && errno != ENOENT) {
    throw_errno(env, "umount2", path, errno);
  } else if (unlink(path) != 0 && errno != ENOENT) {
    throw_errno(env, "unlink", path, errno);
  }
  free(path);
  return NULL;
}

/* openNetlinkSocket(protocol, netnsPath | null) -> fd, bound, created inside that netns. */
static napi_value open_netlink_socket(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (get_args(env, info, 2, argv) == NULL) return NULL;
  uint32_t protocol;
  char *path = NULL;
  napi_value result = NULL;
  if (read_u32(env, argv[0], &protocol) != 0 || read_string(env, argv[1], &path) != 0) goto out;
  netns_guard guard;
  if (netns_enter(path, &guard) != 0) {
    throw_errno(env, "setns", path, errno);
    goto out;
  }
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, (int)protocol);
  int e = errno;
  netns_leave(&guard);
  if (fd < 0) {
    throw_errno(env, "socket", path, e);
    goto out;
  }
  struct sockaddr_nl local = {.nl_family = AF_NETLINK};
  int one = 1;
  /* A reply never hangs berthd: the kernel answers route requests synchronously, so a silent
   * socket means a bug, reported as ETIMEDOUT rather than a frozen event loop. */
  struct timeval timeout = {.tv_sec = 10, .tv_usec = 0};
  int size = 1 << 20;
  if (bind(fd, (struct sockaddr *)&local, sizeof local) != 0) {
    e = errno;
    close(fd);
    throw_errno(env, "bind", path, e);
    goto out;
  }
  setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one);
  setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
  napi_create_int32(env, fd, &result);
out:
  free(path);
  return result;
}

static const char *rtm_name(unsigned type) {
  switch (type) {
    case RTM_NEWLINK: return "RTM_NEWLINK";
    case RTM_DELLINK: return "RTM_DELLINK";
    case RTM_GETLINK: return "RTM_GETLINK";
    case RTM_SETLINK: return "RTM_SETLINK";
    case RTM_NEWADDR: return "RTM_NEWADDR";
    case RTM_DELADDR: return "RTM_DELADDR";
    case RTM_GETADDR: return "RTM_GETADDR";
    case RTM_NEWROUTE: return "RTM_NEWROUTE";
    case RTM_DELROUTE: return "RTM_DELROUTE";
    case RTM_GETROUTE: return "RTM_GETROUTE";
    case RTM_NEWNEIGH: return "RTM_NEWNEIGH";
    case RTM_DELNEIGH: return "RTM_DELNEIGH";
    case RTM_GETNEIGH: return "RTM_GETNEIGH";
    default: return NULL;
  }
}

#define MAX_PENDING 64

/*
 * netlinkTransact(fd, request) -> Buffer[]: sends the concatenated messages in one sendto and reads
 * until each got its ACK/ERROR (or DONE when it is a dump). Replies other than ACK/DONE are returned
 * raw. The first NLMSG_ERROR with errno != 0 is thrown once everything was read, so the socket never
 * keeps a stale reply for the next transaction.
 */
static napi_value netlink_transact(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (get_args(env, info, 2, argv) == NULL) return NULL;
  int32_t fd;
  if (read_fd(env, argv[0], &fd) != 0) return NULL;
  void *request;
  size_t request_len;
  if (napi_get_buffer_info(env, argv[1], &request, &request_len) != napi_ok) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: netlinkTransact needs a Buffer");
    return NULL;
  }
  uint32_t seqs[MAX_PENDING];
  uint16_t types[MAX_PENDING];
  uint16_t flags[MAX_PENDING];
  int pending = 0;
  for (size_t at = 0; at + sizeof(struct nlmsghdr) <= request_len;) {
    struct nlmsghdr *h = (struct nlmsghdr *)((char *)request + at);
    if (h->nlmsg_len < sizeof(struct nlmsghdr) || at + h->nlmsg_len > request_len || pending == MAX_PENDING) {
      return throw_errno(env, "netlink", "malformed request", EINVAL);
    }
    seqs[pending] = h->nlmsg_seq;
    types[pending] = h->nlmsg_type;
    flags[pending] = h->nlmsg_flags;
    pending++;
    at += NLMSG_ALIGN(h->nlmsg_len);
  }
  if (pending == 0) return throw_errno(env, "netlink", "empty request", EINVAL);
  const char *first_name = rtm_name(types[0]);
  char what[64];
  snprintf(what, sizeof what, "netlink %s", first_name ? first_name : "request");

  struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
  ssize_t sent;
  do {
    sent = sendto(fd, request, request_len, 0, (struct sockaddr *)&kernel, sizeof kernel);
  } while (sent < 0 && errno == EINTR);
  if (sent < 0) return throw_errno(env, what, NULL, errno);

  napi_value result;
  CHECK(napi_create_array(env, &result));
  uint32_t count = 0;
  int failed_errno = 0;
  uint16_t failed_type = 0;
  char failed_text[512] = "";
  size_t cap = 1 << 16;
  char *buf = malloc(cap);
  if (buf == NULL) return throw_errno(env, what, NULL, ENOMEM);
  int remaining = pending;
  while (remaining > 0) {
    /* Peek the size first: a dump datagram may exceed any fixed buffer. */
    ssize_t got;
    do {
      got = recv(fd, buf, cap, MSG_PEEK | MSG_TRUNC);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
      int e = errno == EAGAIN ? ETIMEDOUT : errno;
      free(buf);
      return throw_errno(env, what, NULL, e);
    }
    if ((size_t)got > cap) {
      char *bigger = realloc(buf, (size_t)got);
      if (bigger == NULL) {
        free(buf);
        return throw_errno(env, what, NULL, ENOMEM);
      }
      buf = bigger;
      cap = (size_t)got;
    }
    do {
      got = recv(fd, buf, cap, 0);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
      int e = errno;
      free(buf);
      return throw_errno(env, what, NULL, e);
    }
    for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)got); h = NLMSG_NEXT(h, got)) {
      int index = -1;
      for (int i = 0; i < pending; i++) {
        if (seqs[i] == h->nlmsg_seq) index = i;
      }
      if (index < 0) continue; /* a late reply to an earlier, failed transaction */
      if (h->nlmsg_type == NLMSG_DONE) {
        seqs[index] = 0xffffffffu - (uint32_t)index; /* answered: no later message matches */
        remaining--;
        continue;
      }
      if (h->nlmsg_type == NLMSG_ERROR) {
        struct nlmsgerr *err = NLMSG_DATA(h);
        if (err->error != 0 && failed_errno == 0) {
          failed_errno = -err->error;
          failed_type = types[index];
          /* The kernel's extended ack text (NLMSGERR_ATTR_MSG) after the (capped) request header. */
          if (h->nlmsg_flags & NLM_F_ACK_TLVS) {
            size_t offset = NLMSG_HDRLEN + sizeof(struct nlmsgerr);
            if (!(h->nlmsg_flags & NLM_F_CAPPED)) offset += NLMSG_ALIGN(err->msg.nlmsg_len) - NLMSG_HDRLEN;
            while (offset + sizeof(struct nlattr) <= h->nlmsg_len) {
              struct nlattr *a = (struct nlattr *)((char *)h + offset);
              if (a->nla_len < sizeof(struct nlattr) || offset + a->nla_len > h->nlmsg_len) break;
              if ((a->nla_type & NLA_TYPE_MASK) == NLMSGERR_ATTR_MSG) {
                size_t len = a->nla_len - sizeof(struct nlattr);
                if (len >= sizeof failed_text) len = sizeof failed_text - 1;
                memcpy(failed_text, (char *)a + sizeof(struct nlattr), len);
                failed_text[len] = 0;
              }
              offset += NLA_ALIGN(a->nla_len);
            }
          }
        }
        seqs[index] = 0xffffffffu - (uint32_t)index;
        remaining--;
        continue;
      }
      napi_value message;
      void *copy;
      if (napi_create_buffer_copy(env, h->nlmsg_len, h, &copy, &message) != napi_ok) {
        free(buf);
        return NULL;
      }
      napi_set_element(env, result, count++, message);
      if (!(flags[index] & (NLM_F_ACK | NLM_F_DUMP))) {
        /* A plain get without NLM_F_ACK: its one answer is all there is. */
        seqs[index] = 0xffffffffu - (uint32_t)index;
        remaining--;
      }
    }
  }
  free(buf);
  if (failed_errno != 0) {
    const char *name = rtm_name(failed_type);
    char syscall[64];
    snprintf(syscall, sizeof syscall, "netlink %s", name ? name : "request");
    return throw_errno_detail(env, syscall, NULL, failed_errno, failed_text);
  }
  return result;
}

/* Parses an IPv4/IPv6 literal and port into a sockaddr; EINVAL (EAFNOSUPPORT kept out) on a bad literal. */
static int inet_address(int family, const char *address, uint32_t port, struct sockaddr_storage *out, socklen_t *len) {
  memset(out, 0, sizeof *out);
  if (family == 4) {
    struct sockaddr_in *in = (struct sockaddr_in *)out;
    in->sin_family = AF_INET;
    in->sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, address, &in->sin_addr) != 1) return -1;
    *len = sizeof *in;
  } else {
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)out;
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((uint16_t)port);
    if (inet_pton(AF_INET6, address, &in6->sin6_addr) != 1) return -1;
    *len = sizeof *in6;
  }
  return 0;
}

/* socketInNetns(netnsPath | null, family 4|6, stream, address, port, listen, reuseAddr) -> fd */
static napi_value socket_in_netns(napi_env env, napi_callback_info info) {
  napi_value argv[7];
  if (get_args(env, info, 7, argv) == NULL) return NULL;
  char *path = NULL, *address = NULL;
  uint32_t family, port;
  bool stream, do_listen, reuse;
  napi_value result = NULL;
  if (read_string(env, argv[0], &path) != 0 || read_u32(env, argv[1], &family) != 0 ||
      napi_get_value_bool(env, argv[2], &stream) != napi_ok || read_required_string(env, argv[3], &address) != 0 ||
      read_u32(env, argv[4], &port) != 0 || napi_get_value_bool(env, argv[5], &do_listen) != napi_ok ||
      napi_get_value_bool(env, argv[6], &reuse) != napi_ok) {
    goto out;
  }
  struct sockaddr_storage addr;
  socklen_t addr_len;
  if (port > 65535 || (family != 4 && family != 6) || inet_address((int)family, address, port, &addr, &addr_len) != 0) {
    throw_errno(env, "bind", address, EINVAL);
    goto out;
  }
  netns_guard guard;
  if (netns_enter(path, &guard) != 0) {
    throw_errno(env, "setns", path, errno);
    goto out;
  }
  int fd = socket(family == 4 ? AF_INET : AF_INET6, (stream ? SOCK_STREAM : SOCK_DGRAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  const char *failed = NULL;
  int e = 0;
  if (fd < 0) {
    failed = "socket";
    e = errno;
  } else {
    int one = 1;
    if (family == 6) setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    if (reuse) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&addr, addr_len) != 0) {
      failed = "bind";
      e = errno;
    } else if (stream && do_listen && listen(fd, 512) != 0) {
      failed = "listen";
      e = errno;
    }
  }
  netns_leave(&guard);
  if (failed != NULL) {
    if (fd >= 0) close(fd);
    char where[128];
    snprintf(where, sizeof where, "%s:%u", address, port);
    throw_errno(env, failed, where, e);
    goto out;
  }
  napi_create_int32(env, fd, &result);
out:
  free(path);
  free(address);
  return result;
}

/* writeSysctlInNetns(netnsPath | null, file under /proc/sys, value) */
static napi_value write_sysctl_in_netns(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  if (get_args(env, info, 3, argv) == NULL) return NULL;
  char *path = NULL, *file = NULL, *value = NULL;
  if (read_string(env, argv[0], &path) != 0 || read_required_string(env, argv[1], &file) != 0 ||
      read_required_string(env, argv[2], &value) != 0) {
    goto out;
  }
  netns_guard guard;
  if (netns_enter(path, &guard) != 0) {
    throw_errno(env, "setns", path, errno);
    goto out;
  }
  /* /proc/sys/net resolves to the namespace of the thread that opens it: open while inside. */
  int fd = open(file, O_WRONLY | O_CLOEXEC);
  int e = errno;
  netns_leave(&guard);
  if (fd < 0) {
    throw_errno(env, "open", file, e);
    goto out;
  }
  size_t len = strlen(value);
  ssize_t wrote;
  do {
    wrote = write(fd, value, len);
  } while (wrote < 0 && errno == EINTR);
  e = errno;
  close(fd);
  if (wrote < 0) throw_errno(env, "write", file, e);
out:
  free(path);
  free(file);
  free(value);
  return NULL;
}

/* ---------------------------------------------------------------------------------------------
 * UDP on an adopted fd: a uv_poll_t on Node's own loop calls a JS function whenever the socket is
 * readable; JS then drains it with udpRecv until it returns null (EAGAIN).
 * ------------------------------------------------------------------------------------------- */

typedef struct {
  uv_poll_t poll;
  napi_env env;
  napi_ref callback;
  napi_async_context context;
  int stopped;
} udp_poll;

static void udp_poll_closed(uv_handle_t *handle) { free(handle->data); }

static void udp_poll_fired(uv_poll_t *handle, int status, int events) {
  udp_poll *watch = handle->data;
  if (watch->stopped) return;
  napi_env env = watch->env;
  napi_handle_scope scope;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  napi_value callback, receiver;
  if (napi_get_reference_value(env, watch->callback, &callback) == napi_ok && callback != NULL &&
      napi_get_global(env, &receiver) == napi_ok) { /* make_callback wants an object receiver */
    napi_value ignored;
    /* make_callback, not call_function: runs the microtasks and nextTicks the callback queues,
     * and an exception in it surfaces as uncaughtException like any other I/O callback. */
    if (napi_make_callback(env, watch->context, receiver, callback, 0, NULL, &ignored) == napi_pending_exception) {
      napi_value exception;
      napi_get_and_clear_last_exception(env, &exception);
      napi_fatal_exception(env, exception);
    }
  }
  napi_close_handle_scope(env, scope);
}

static void udp_poll_finalize(napi_env env, void *data, void *hint) {
  /* The JS wrapper was collected: stop the watcher if close() was never called. */
  udp_poll *watch = data;
  /* udpPollStop removes the wrap, so this runs only for a watcher still active. */
  watch->stopped = 1;
  napi_delete_reference(env, watch->callback);
  napi_async_destroy(env, watch->context);
  uv_poll_stop(&watch->poll);
  uv_close((uv_handle_t *)&watch->poll, udp_poll_closed);
}

/* udpPollStart(fd, onReadable) -> handle */
static napi_value udp_poll_start(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (get_args(env, info, 2, argv) == NULL) return NULL;
  int32_t fd;
  if (read_fd(env, argv[0], &fd) != 0) return NULL;
  napi_valuetype type;
  if (napi_typeof(env, argv[1], &type) != napi_ok || type != napi_function) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: udpPollStart needs a callback");
    return NULL;
  }
  uv_loop_t *loop;
  CHECK(napi_get_uv_event_loop(env, &loop));
  udp_poll *watch = calloc(1, sizeof *watch);
  if (watch == NULL) return throw_errno(env, "udpPollStart", NULL, ENOMEM);
  int rc = uv_poll_init(loop, &watch->poll, fd);
  if (rc != 0) {
    free(watch);
    return throw_errno(env, "uv_poll_init", NULL, -rc);
  }
  watch->poll.data = watch;
  watch->env = env;
  napi_value name;
  napi_create_string_utf8(env, "berth.UdpFdSocket", NAPI_AUTO_LENGTH, &name);
  if (napi_create_reference(env, argv[1], 1, &watch->callback) != napi_ok ||
      napi_async_init(env, NULL, name, &watch->context) != napi_ok) {
    uv_close((uv_handle_t *)&watch->poll, udp_poll_closed);
    napi_throw_error(env, "EBERTHNAPI", "berth_sys: udpPollStart failed");
    return NULL;
  }
  rc = uv_poll_start(&watch->poll, UV_READABLE, udp_poll_fired);
  if (rc != 0) {
    napi_delete_reference(env, watch->callback);
    napi_async_destroy(env, watch->context);
    uv_close((uv_handle_t *)&watch->poll, udp_poll_closed);
    return throw_errno(env, "uv_poll_start", NULL, -rc);
  }
  napi_value handle;
  CHECK(napi_create_object(env, &handle));
  /* The wrapper owns nothing once stopped; the uv handle frees `watch` in its close callback. */
  CHECK(napi_wrap(env, handle, watch, udp_poll_finalize, NULL, NULL));
  return handle;
}

static udp_poll *unwrap_poll(napi_env env, napi_value value) {
  void *data = NULL;
  if (napi_unwrap(env, value, &data) != napi_ok || data == NULL) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: not a udp poll handle");
    return NULL;
  }
  return data;
}

/* udpPollStop(handle): stops watching; the fd stays open (the caller closes it). */
static napi_value udp_poll_stop(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  udp_poll *watch = unwrap_poll(env, argv[0]);
  if (watch == NULL || watch->stopped) return NULL;
  watch->stopped = 1;
  napi_delete_reference(env, watch->callback);
  napi_async_destroy(env, watch->context);
  uv_poll_stop(&watch->poll);
  /* The struct lives until both the uv close callback and the wrapper's finalizer ran: detach
   * the wrapper so its finalizer does not touch freed memory, and let uv free it. */
  void *ignored;
  napi_remove_wrap(env, argv[0], &ignored);
  uv_close((uv_handle_t *)&watch->poll, udp_poll_closed);
  return NULL;
}

/* udpPollRef(handle, ref): whether this watcher keeps the event loop alive. */
static napi_value udp_poll_ref(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (get_args(env, info, 2, argv) == NULL) return NULL;
  udp_poll *watch = unwrap_poll(env, argv[0]);
  bool ref;
  if (watch == NULL || napi_get_value_bool(env, argv[1], &ref) != napi_ok || watch->stopped) return NULL;
  if (ref) uv_ref((uv_handle_t *)&watch->poll);
  else uv_unref((uv_handle_t *)&watch->poll);
  return NULL;
}

/* udpRecv(fd) -> { data, address, port, family } | null when nothing is pending */
static napi_value udp_recv(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (get_args(env, info, 1, argv) == NULL) return NULL;
  int32_t fd;
  if (read_fd(env, argv[0], &fd) != 0) return NULL;
  static char data[65536];
  struct sockaddr_storage from;
  socklen_t from_len = sizeof from;
  ssize_t got;
  do {
    got = recvfrom(fd, data, sizeof data, MSG_DONTWAIT, (struct sockaddr *)&from, &from_len);
  } while (got < 0 && errno == EINTR);
  napi_value result;
  if (got < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      CHECK(napi_get_null(env, &result));
      return result;
    }
    return throw_errno(env, "recvfrom", NULL, errno);
  }
  char text[INET6_ADDRSTRLEN] = "";
  uint32_t port = 0, family = 4;
  if (from.ss_family == AF_INET) {
    struct sockaddr_in *in = (struct sockaddr_in *)&from;
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    port = ntohs(in->sin_port);
  } else if (from.ss_family == AF_INET6) {
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&from;
    inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    port = ntohs(in6->sin6_port);
    family = 6;
  }
  napi_value buffer, address, port_value, family_value;
  void *copy;
  CHECK(napi_create_object(env, &result));
  CHECK(napi_create_buffer_copy(env, (size_t)got, data, &copy, &buffer));
  CHECK(napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &address));
  CHECK(napi_create_uint32(env, port, &port_value));
  CHECK(napi_create_uint32(env, family, &family_value));
  CHECK(napi_set_named_property(env, result, "data", buffer));
  CHECK(napi_set_named_property(env, result, "address", address));
  CHECK(napi_set_named_property(env, result, "port", port_value));
  CHECK(napi_set_named_property(env, result, "family", family_value));
  return result;
}

/* udpSend(fd, data, port, address) -> false when the send buffer is full (the datagram is dropped) */
static napi_value udp_send(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  if (get_args(env, info, 4, argv) == NULL) return NULL;
  int32_t fd;
  uint32_t port;
  void *data;
  size_t len;
  char *address = NULL;
  napi_value result = NULL;
  if (read_fd(env, argv[0], &fd) != 0) return NULL;
  if (napi_get_buffer_info(env, argv[1], &data, &len) != napi_ok) {
    napi_throw_type_error(env, "EINVAL", "berth_sys: udpSend needs a Buffer");
    return NULL;
  }
  if (read_u32(env, argv[2], &port) != 0 || read_required_string(env, argv[3], &address) != 0) goto out;
  struct sockaddr_storage to;
  socklen_t to_len;
  int family = strchr(address, ':') != NULL ? 6 : 4;
  if (port > 65535 || inet_address(family, address, port, &to, &to_len) != 0) {
    throw_errno(env, "sendto", address, EINVAL);
    goto out;
  }
  ssize_t sent;
  do {
    sent = sendto(fd, data, len, MSG_DONTWAIT, (struct sockaddr *)&to, to_len);
  } while (sent < 0 && errno == EINTR);
  if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
    throw_errno(env, "sendto", address, errno);
    goto out;
  }
  napi_get_boolean(env, sent >= 0, &result);
out:
  free(address);
  return result;
}

static void set_constant(napi_env env, napi_value object, const char *name, uint32_t value) {
  napi_value v;
  napi_create_uint32(env, value, &v);
  napi_set_named_property(env, object, name, v);
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor functions[] = {
      {"setChildSubreaper", NULL, set_child_subreaper, NULL, NULL, NULL, napi_enumerable, NULL},
      {"waitPid", NULL, wait_pid, NULL, NULL, NULL, napi_enumerable, NULL},
      {"releaseFreeMemory", NULL, release_free_memory, NULL, NULL, NULL, napi_enumerable, NULL},
      {"mount", NULL, do_mount, NULL, NULL, NULL, napi_enumerable, NULL},
      {"umount2", NULL, do_umount2, NULL, NULL, NULL, napi_enumerable, NULL},
      {"mknod", NULL, do_mknod, NULL, NULL, NULL, napi_enumerable, NULL},
      {"lsetxattr", NULL, do_lsetxattr, NULL, NULL, NULL, napi_enumerable, NULL},
      {"lgetxattr", NULL, do_lgetxattr, NULL, NULL, NULL, napi_enumerable, NULL},
      {"llistxattr", NULL, do_llistxattr, NULL, NULL, NULL, napi_enumerable, NULL},
      {"listenUnix", NULL, listen_unix, NULL, NULL, NULL, napi_enumerable, NULL},
      {"recvFd", NULL, recv_fd, NULL, NULL, NULL, napi_enumerable, NULL},
      {"sendFd", NULL, send_fd, NULL, NULL, NULL, napi_enumerable, NULL},
      {"setWinsize", NULL, set_winsize, NULL, NULL, NULL, napi_enumerable, NULL},
      {"getWinsize", NULL, get_winsize, NULL, NULL, NULL, napi_enumerable, NULL},
      {"createNetns", NULL, create_netns, NULL, NULL, NULL, napi_enumerable, NULL},
      {"removeNetns", NULL, remove_netns, NULL, NULL, NULL, napi_enumerable, NULL},
      {"openNetlinkSocket", NULL, open_netlink_socket, NULL, NULL, NULL, napi_enumerable, NULL},
      {"netlinkTransact", NULL, netlink_transact, NULL, NULL, NULL, napi_enumerable, NULL},
      {"socketInNetns", NULL, socket_in_netns, NULL, NULL, NULL, napi_enumerable, NULL},
      {"writeSysctlInNetns", NULL, write_sysctl_in_netns, NULL, NULL, NULL, napi_enumerable, NULL},
      {"udpPollStart", NULL, udp_poll_start, NULL, NULL, NULL, napi_enumerable, NULL},
      {"udpPollStop", NULL, udp_poll_stop, NULL, NULL, NULL, napi_enumerable, NULL},
      {"udpPollRef", NULL, udp_poll_ref, NULL, NULL, NULL, napi_enumerable, NULL},
      {"udpRecv", NULL, udp_recv, NULL, NULL, NULL, napi_enumerable, NULL},
      {"udpSend", NULL, udp_send, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  CHECK(napi_define_properties(env, exports, sizeof functions / sizeof functions[0], functions));

  /* The kernel's values, so TypeScript never hard-codes them. */
  napi_value constants;
  CHECK(napi_create_object(env, &constants));
  set_constant(env, constants, "MS_RDONLY", MS_RDONLY);
  set_constant(env, constants, "MS_NOSUID", MS_NOSUID);
  set_constant(env, constants, "MS_NODEV", MS_NODEV);
  set_constant(env, constants, "MS_NOEXEC", MS_NOEXEC);
  set_constant(env, constants, "MS_REMOUNT", MS_REMOUNT);
  set_constant(env, constants, "MS_BIND", MS_BIND);
  set_constant(env, constants, "MS_REC", MS_REC);
  set_constant(env, constants, "MS_PRIVATE", MS_PRIVATE);
  set_constant(env, constants, "MS_SLAVE", MS_SLAVE);
  set_constant(env, constants, "MS_SHARED", MS_SHARED);
  set_constant(env, constants, "MS_RELATIME", MS_RELATIME);
  set_constant(env, constants, "MS_NOATIME", MS_NOATIME);
  set_constant(env, constants, "MNT_DETACH", MNT_DETACH);
  set_constant(env, constants, "S_IFCHR", S_IFCHR);
  set_constant(env, constants, "S_IFBLK", S_IFBLK);
  set_constant(env, constants, "S_IFIFO", S_IFIFO);
  CHECK(napi_set_named_property(env, exports, "constants", constants));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
