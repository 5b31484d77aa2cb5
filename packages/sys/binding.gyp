{
  "targets": [
    {
      "target_name": "berth_sys",
      "sources": ["src/native/berth_sys.c"],
      "cflags": ["-Wall", "-Wextra", "-Wno-unused-parameter", "-O2"],
      "defines": ["NAPI_VERSION=8", "_GNU_SOURCE"]
    }
  ]
}
