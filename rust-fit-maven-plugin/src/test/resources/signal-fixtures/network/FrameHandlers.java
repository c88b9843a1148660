package fixtures.network;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.MessageToByteEncoder;
import java.util.List;

/** Handlers an event loop calls with every message a connection sends. */
final class FrameHandlers {

    static final class HelloDecoder extends ByteToMessageDecoder { // expect: network.channel-handlers, protocol.codec-types
        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            out.add(in.readableBytes());
        }
    }

    static final class RequestHandler extends SimpleChannelInboundHandler<String> { // expect: network.channel-handlers
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, String request) {
            ctx.writeAndFlush(request);
        }
    }

    // near-misses: a handler that only sees connections come and go, and an encoder that only writes
    static final class ConnectionCounter extends ChannelInboundHandlerAdapter {
        private int open;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            open++;
        }
    }

    static final class ReplyEncoder extends MessageToByteEncoder<String> { // expect: protocol.codec-types
        @Override
        protected void encode(ChannelHandlerContext ctx, String reply, ByteBuf out) {
            out.writeCharSequence(reply, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
