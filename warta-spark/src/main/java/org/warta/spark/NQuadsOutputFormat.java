package org.warta.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.PathOutputCommitter;

/**
 * Writes each partition as {@code part-NNNNN.nq.gz}: gzip-compressed N-Quads under a name Jena recognizes (it picks
 * the syntax by file name, and Spark's default {@code part-r-00000.gz} says nothing of it). Each value is a gzip
 * member of complete N-Quads lines ({@link NQuads#gzip}), written as it is. Written through Hadoop's output committer, so a retried or speculative task leaves no
 * partial file. A partition with no quads writes no file.
 */
public final class NQuadsOutputFormat extends FileOutputFormat<NullWritable, BytesWritable> {
    static String partName(int partition) {
        return String.format(Locale.ROOT, "part-%05d.nq.gz", partition);
    }

    /** Opens a part file; what is written must be gzip members. */
    static OutputStream create(FileSystem fs, Path file) throws IOException {
        return new BufferedOutputStream(fs.create(file, false), 1 << 16);
    }

    @Override
    public RecordWriter<NullWritable, BytesWritable> getRecordWriter(TaskAttemptContext context) throws IOException {
        Path work = ((PathOutputCommitter) getOutputCommitter(context)).getWorkPath();
        Path file = new Path(work, partName(context.getTaskAttemptID().getTaskID().getId()));
        FileSystem fs = file.getFileSystem(context.getConfiguration());
        return new RecordWriter<>() {
            private OutputStream out;

            @Override
            public void write(NullWritable key, BytesWritable value) throws IOException {
                if (value.getLength() == 0) {
                    return;
                }
                if (out == null) {
                    out = create(fs, file);
                }
                out.write(value.getBytes(), 0, value.getLength());
            }

            @Override
            public void close(TaskAttemptContext c) throws IOException {
                if (out != null) {
                    out.close();
                }
            }
        };
    }
}
