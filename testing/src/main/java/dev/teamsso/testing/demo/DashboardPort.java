package dev.teamsso.testing.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The demo's fixed ports, and whether one is free: the dashboard's is the registered redirect URI's. */
public final class DashboardPort {

    public static final int PORT = 8081;

    private DashboardPort() {
    }

    public static boolean isFree() {
        return isFree(PORT);
    }

    /** Whether nothing listens on this loopback port. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}
