package dev.teamsso.testing.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The dashboard stand-in's port: fixed, because it is the registered redirect URI's. */
public final class DashboardPort {

    public static final int PORT = 8081;

    private DashboardPort() {
    }

    public static boolean isFree() {
        try (ServerSocket socket = new ServerSocket(PORT, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}
