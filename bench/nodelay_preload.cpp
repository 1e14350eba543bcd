// LD_PRELOAD shim for the request benchmark's Nagle experiment (Linux only).
//
//   NODELAY_SIDE=client  TCP_NODELAY on every TCP socket the process connect()s
//   NODELAY_SIDE=server  TCP_NODELAY on every TCP socket the process accept()s
//   NODELAY_SIDE=both    both
//
// bench_requests runs the sandbox (server) and PartnerApi (client) in one
// process, so connect() is the client's socket and accept() the server's.
// Nothing of the project uses it: it only tells which side a delay comes from.

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#include <cstring>

namespace {

bool sideWanted(const char *side)
{
    const char *value = std::getenv("NODELAY_SIDE");
    return value && (std::strcmp(value, side) == 0 || std::strcmp(value, "both") == 0);
}

void setNoDelay(int fd)
{
    int type = 0;
    socklen_t length = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return;
    sockaddr_storage address{};
    socklen_t addressLength = sizeof address;
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&address), &addressLength) != 0)
        return;
    if (address.ss_family != AF_INET && address.ss_family != AF_INET6)
        return;
    const int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

template <typename F>
F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int connect(int fd, const sockaddr *address, socklen_t length)
{
    static const auto real = next<int (*)(int, const sockaddr *, socklen_t)>("connect");
    if (sideWanted("client") && address
        && (address->sa_family == AF_INET || address->sa_family == AF_INET6))
        setNoDelay(fd);
    return real(fd, address, length);
}

int accept(int fd, sockaddr *address, socklen_t *length)
{
    static const auto real = next<int (*)(int, sockaddr *, socklen_t *)>("accept");
    const int socket = real(fd, address, length);
    if (socket >= 0 && sideWanted("server"))
        setNoDelay(socket);
    return socket;
}

int accept4(int fd, sockaddr *address, socklen_t *length, int flags)
{
    static const auto real = next<int (*)(int, sockaddr *, socklen_t *, int)>("accept4");
    const int socket = real(fd, address, length, flags);
    if (socket >= 0 && sideWanted("server"))
        setNoDelay(socket);
    return socket;
}

} // extern "C"
