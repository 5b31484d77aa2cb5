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

#define CHECK(call)                                                                                \
  do {                                                                                             \
    if ((call) != napi_ok) {                                                                       \
      napi_throw_error(env, "EBERTHNAPI", "berth_sys: Node-API call failed: " #call);               \
      return NULL;                                                                                 \
    }                                                                                              \
  } while (0)

/* Throws an Error shaped like Node's own system errors: message "<syscall> <path>: <strerror>". */
static napi_value throw_errno(napi_env env, const char *syscall, const char *path, int errnum) {
  const char *name = strerrorname_np(errnum);
  char message[4352];
  if (path != NULL) {
    snprintf(message, sizeof message, "%s %s: %s", syscall, path, strerror(errnum));
  } else {
    snprintf(message, sizeof message, "%s: %s", syscall, strerror(errnum));
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
